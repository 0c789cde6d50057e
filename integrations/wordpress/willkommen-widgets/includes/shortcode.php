<?php
/**
 * The shortcode [willkommen element="offer-search" src="…" categories="…"], for the classic editor,
 * widgets and page builders. It takes the element's own attribute names (hide-filters, url-state,
 * for, id, …); a switch is on as url-state="1" or as the bare name.
 *
 * @package WillkommenWidgets
 */

namespace WillkommenWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * Registers the shortcode.
 */
function register_shortcode() {
	add_shortcode( 'willkommen', __NAMESPACE__ . '\\render_shortcode' );
}

/**
 * The shortcode's HTML.
 *
 * @param array<int|string,string>|string $atts The shortcode's attributes ('' when it has none).
 * @return string
 */
function render_shortcode( $atts ) {
	$values = array();
	foreach ( is_array( $atts ) ? $atts : array() as $key => $value ) {
		if ( is_int( $key ) ) {
			// A bare name: [willkommen url-state].
			$values[ strtolower( $value ) ] = true;
		} else {
			$values[ str_replace( '_', '-', $key ) ] = $value;
		}
	}
	$tag = isset( $values['element'] ) && is_string( $values['element'] ) ? trim( $values['element'] ) : 'offer-search';
	return render_element( $tag, $values );
}
