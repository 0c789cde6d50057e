<?php
/**
 * The block "Willkommen widget": registered from block/block.json, its attributes from the list in
 * elements.php, rendered on the server so the page gets plain HTML.
 *
 * @package WillkommenWidgets
 */

namespace WillkommenWidgets;

defined( 'ABSPATH' ) || exit;

const BLOCK_NAME = 'willkommen-widgets/widget';

/**
 * Registers the block.
 */
function register_block() {
	$type = register_block_type(
		dirname( PLUGIN_FILE ) . '/block',
		array(
			'attributes'      => block_attributes(),
			'render_callback' => __NAMESPACE__ . '\\render_block',
		)
	);
	// The editor script's translations that come with the plugin (languages/*.json).
	if ( $type && ! empty( $type->editor_script_handles ) ) {
		wp_set_script_translations( $type->editor_script_handles[0], TEXT_DOMAIN, dirname( PLUGIN_FILE ) . '/languages' );
	}
}

/**
 * The block's HTML: the element inside the block's wrapper (which carries its class and alignment).
 *
 * @param array<string,mixed> $attributes The block's attributes.
 * @return string
 */
function render_block( $attributes ) {
	$tag    = isset( $attributes['element'] ) && is_string( $attributes['element'] ) ? $attributes['element'] : 'offer-search';
	$values = array();
	foreach ( attributes() as $name => $definition ) {
		$values[ $name ] = isset( $attributes[ $definition['key'] ] ) ? $attributes[ $definition['key'] ] : null;
	}
	$html = render_element( $tag, $values );
	return '' === $html ? '' : '<div ' . get_block_wrapper_attributes() . '>' . $html . '</div>';
}

/**
 * Gives the editor script the elements, their attributes and the texts of the sidebar.
 */
function editor_config() {
	$type = \WP_Block_Type_Registry::get_instance()->get_registered( BLOCK_NAME );
	if ( ! $type || empty( $type->editor_script_handles ) ) {
		return;
	}
	$config = array(
		'elements'   => elements(),
		'attributes' => attributes(),
		'defaultSrc' => default_src(),
		'kitMissing' => '' === kit_url(),
	);
	wp_add_inline_script( $type->editor_script_handles[0], 'window.willkommenWidgetsEditor = ' . wp_json_encode( $config ) . ';', 'before' );
}
