<?php
/**
 * The kit's script files: where they are, and loading each once per page as an ES module through
 * WordPress's own script handling (script modules from WordPress 6.5, before that a registered
 * script whose tag gets `type="module"`).
 *
 * @package WillkommenWidgets
 */

namespace WillkommenWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * Whether the kit's files came with the plugin (the release zip holds them in kit/).
 *
 * @return bool
 */
function bundled_kit() {
	return is_readable( plugin_dir_path( PLUGIN_FILE ) . 'kit/willkommen-widgets.js' );
}

/**
 * URL of the folder holding the kit's script files (willkommen-widgets.js, offer-search.js, …,
 * chunks/, assets/), with a trailing slash; empty when there is none.
 *
 * @return string
 */
function kit_url() {
	$configured = (string) get_option( 'willkommen_widgets_kit_url', '' );
	if ( '' !== $configured ) {
		$url = $configured;
	} else {
		$url = bundled_kit() ? plugins_url( 'kit/', PLUGIN_FILE ) : '';
	}
	/**
	 * Filters the URL of the folder that holds the kit's script files, for a site that serves
	 * them from its own CDN. The folder must keep the layout of the kit's dist/cdn/.
	 *
	 * @param string $url URL of the folder ('' when the kit is missing).
	 */
	$url = (string) apply_filters( 'willkommen_widgets_kit_url', $url );
	return '' === $url ? '' : trailingslashit( $url );
}

/**
 * Whether this WordPress has script modules (6.5 and later).
 *
 * @return bool
 */
function uses_script_modules() {
	return function_exists( 'wp_register_script_module' ) && function_exists( 'wp_enqueue_script_module' );
}

/**
 * The handle (or module id) of an element's script file.
 *
 * @param string $tag Element name.
 * @return string
 */
function kit_handle( $tag ) {
	return uses_script_modules() ? 'willkommen-widgets/' . $tag : 'willkommen-widgets-' . $tag;
}

/**
 * Registers each element's script file (offer-search.js registers <offer-search>, …). The files
 * share their code, so a page with two kinds of element still loads it once.
 */
function register_kit() {
	$base = kit_url();
	if ( '' === $base ) {
		return;
	}
	foreach ( array_keys( elements() ) as $tag ) {
		if ( uses_script_modules() ) {
			wp_register_script_module( kit_handle( $tag ), $base . $tag . '.js', array(), VERSION );
		} else {
			wp_register_script( kit_handle( $tag ), $base . $tag . '.js', array(), VERSION, true );
		}
	}
}

/**
 * Asks for an element's script file on this page; WordPress prints it once, however often it is
 * asked for.
 *
 * @param string $tag Element name.
 */
function enqueue_kit( $tag ) {
	if ( '' === kit_url() ) {
		return;
	}
	if ( uses_script_modules() ) {
		wp_enqueue_script_module( kit_handle( $tag ) );
	} else {
		wp_enqueue_script( kit_handle( $tag ) );
	}
}

/**
 * Before script modules (WordPress < 6.5): the kit's files are ES modules, so their tags get
 * `type="module"` (in place of any `type` the theme's HTML mode added).
 *
 * @param string $tag    The script tag WordPress made.
 * @param string $handle Its handle.
 * @return string
 */
function module_script_tag( $tag, $handle ) {
	if ( uses_script_modules() || 0 !== strpos( $handle, 'willkommen-widgets-' ) ) {
		return $tag;
	}
	if ( ! in_array( substr( $handle, strlen( 'willkommen-widgets-' ) ), array_keys( elements() ), true ) ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=([\'"])[^\'"]*\1/', '', $tag );
	return preg_replace( '/<script\b/', '<script type="module"', $tag, 1 );
}
