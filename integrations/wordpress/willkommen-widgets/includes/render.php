<?php
/**
 * The HTML of an element, for the block and the shortcode alike: the element with the attributes
 * its definition allows, every value escaped; its script file asked for once per page.
 *
 * @package WillkommenWidgets
 */

namespace WillkommenWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * The default catalogue (Settings → Willkommen Widgets), used where a block or shortcode names none.
 *
 * @return string
 */
function default_src() {
	return (string) get_option( 'willkommen_widgets_default_src', '' );
}

/**
 * Renders one element.
 *
 * @param string              $tag    Element name (offer-search, offer-map, event-list, job-board).
 * @param array<string,mixed> $values Attribute values by their name on the element.
 * @return string HTML, or '' for an unknown element.
 */
function render_element( $tag, array $values ) {
	$elements = elements();
	if ( ! isset( $elements[ $tag ] ) ) {
		return '';
	}
	$definitions = attributes();
	$html        = '';
	foreach ( array_merge( array( 'src', 'lang' ), $elements[ $tag ]['attributes'] ) as $name ) {
		$html .= attribute_html( $name, $definitions[ $name ], isset( $values[ $name ] ) ? $values[ $name ] : null );
	}
	enqueue_kit( $tag );
	return '<' . $tag . $html . '></' . $tag . '>';
}

/**
 * One attribute, escaped, with the space before it; '' when it is not set or not allowed.
 *
 * @param string              $name       Attribute name on the element.
 * @param array<string,mixed> $definition Its definition from attributes().
 * @param mixed               $value      The value given.
 * @return string
 */
function attribute_html( $name, array $definition, $value ) {
	if ( 'bool' === $definition['kind'] ) {
		return is_on( $value ) ? ' ' . $name : '';
	}
	if ( ! is_string( $value ) ) {
		$value = '';
	}
	$value = trim( $value );
	switch ( $definition['kind'] ) {
		case 'url':
			if ( '' === $value ) {
				$value = default_src();
			}
			// Only http(s) addresses and paths from the site's root: any other scheme (javascript:,
			// data:, …) or a bare relative path (which esc_url() would make http://catalogue.json)
			// leaves the attribute out.
			$value = preg_match( '#^(https?:)?//|^/#i', $value ) ? esc_url( $value, array( 'http', 'https' ) ) : '';
			return '' === $value ? '' : ' ' . $name . '="' . $value . '"';
		case 'choice':
			return '' !== $value && isset( $definition['choices'][ $value ] ) ? ' ' . $name . '="' . esc_attr( $value ) . '"' : '';
		default:
			return '' === $value ? '' : ' ' . $name . '="' . esc_attr( $value ) . '"';
	}
}

/**
 * Whether a switch is on: true from the block, or 1, true, yes, on (or the bare name) in a shortcode.
 *
 * @param mixed $value The value given.
 * @return bool
 */
function is_on( $value ) {
	if ( is_bool( $value ) ) {
		return $value;
	}
	return is_string( $value ) && in_array( strtolower( trim( $value ) ), array( '1', 'true', 'yes', 'on' ), true );
}
