<?php
/**
 * Settings → Willkommen Widgets: the default catalogue, where the kit's files are, and the
 * Content-Security-Policy lines the site needs for them.
 *
 * @package WillkommenWidgets
 */

namespace WillkommenWidgets;

defined( 'ABSPATH' ) || exit;

const SETTINGS_PAGE = 'willkommen-widgets';

/**
 * Registers the two settings and their fields.
 */
function register_settings() {
	foreach ( array( 'willkommen_widgets_default_src', 'willkommen_widgets_kit_url' ) as $option ) {
		register_setting(
			'willkommen_widgets',
			$option,
			array(
				'type'              => 'string',
				'default'           => '',
				'sanitize_callback' => __NAMESPACE__ . '\\sanitize_url_setting',
			)
		);
	}
	add_settings_section( 'willkommen_widgets_main', '', '__return_false', SETTINGS_PAGE );
	add_settings_field(
		'willkommen_widgets_default_src',
		__( 'Default catalogue URL', 'willkommen-widgets' ),
		__NAMESPACE__ . '\\url_field',
		SETTINGS_PAGE,
		'willkommen_widgets_main',
		array(
			'label_for'   => 'willkommen_widgets_default_src',
			'description' => __( 'Used by every block and shortcode that names no catalogue of its own.', 'willkommen-widgets' ),
		)
	);
	add_settings_field(
		'willkommen_widgets_kit_url',
		__( 'Kit location', 'willkommen-widgets' ),
		__NAMESPACE__ . '\\url_field',
		SETTINGS_PAGE,
		'willkommen_widgets_main',
		array(
			'label_for'   => 'willkommen_widgets_kit_url',
			'description' => __( 'Address of a folder holding the kit\'s script files (a copy of its dist/cdn/ folder), for a site that serves them from its own CDN. Empty: the files that come with the plugin.', 'willkommen-widgets' ),
		)
	);
}

/**
 * Keeps an http(s) address, or nothing.
 *
 * @param mixed $value The value sent.
 * @return string
 */
function sanitize_url_setting( $value ) {
	return is_string( $value ) ? esc_url_raw( trim( $value ), array( 'http', 'https' ) ) : '';
}

/**
 * An address field with its description.
 *
 * @param array{label_for: string, description: string} $args The field's arguments.
 */
function url_field( $args ) {
	printf(
		'<input type="url" class="regular-text code" id="%1$s" name="%1$s" value="%2$s" aria-describedby="%1$s-description"><p class="description" id="%1$s-description">%3$s</p>',
		esc_attr( $args['label_for'] ),
		esc_attr( (string) get_option( $args['label_for'], '' ) ),
		esc_html( $args['description'] )
	);
}

/**
 * Adds the page under Settings.
 */
function add_settings_page() {
	add_options_page(
		__( 'Willkommen Widgets', 'willkommen-widgets' ),
		__( 'Willkommen Widgets', 'willkommen-widgets' ),
		'manage_options',
		SETTINGS_PAGE,
		__NAMESPACE__ . '\\settings_page'
	);
}

/**
 * The origin (scheme, host, port) of an address, or 'self' when it is this site's.
 *
 * @param string $url An address.
 * @return string
 */
function csp_source( $url ) {
	$parts = wp_parse_url( $url );
	if ( empty( $parts['host'] ) ) {
		return "'self'";
	}
	$site   = wp_parse_url( home_url() );
	$origin = ( isset( $parts['scheme'] ) ? $parts['scheme'] : 'https' ) . '://' . $parts['host'] . ( isset( $parts['port'] ) ? ':' . $parts['port'] : '' );
	$home   = ( isset( $site['scheme'] ) ? $site['scheme'] : 'https' ) . '://' . ( isset( $site['host'] ) ? $site['host'] : '' ) . ( isset( $site['port'] ) ? ':' . $site['port'] : '' );
	return $origin === $home ? "'self'" : $origin;
}

/**
 * The settings page.
 */
function settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$kit       = kit_url();
	$catalogue = default_src();
	$script    = '' === $kit ? "'self'" : csp_source( $kit );
	$connect   = array_unique( array( "'self'", '' === $catalogue ? "'self'" : csp_source( $catalogue ) ) );
	$policy    = array(
		'script-src ' . implode( ' ', array_unique( array( "'self'", $script ) ) ),
		'connect-src ' . implode( ' ', $connect ),
		"img-src 'self' data: https://tile.openstreetmap.org",
	);
	?>
	<div class="wrap">
		<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<form action="options.php" method="post">
			<?php
			settings_fields( 'willkommen_widgets' );
			do_settings_sections( SETTINGS_PAGE );
			submit_button();
			?>
		</form>
		<h2><?php esc_html_e( 'Content-Security-Policy', 'willkommen-widgets' ); ?></h2>
		<p><?php esc_html_e( 'The widgets need no inline scripts or styles. If your site sends a Content-Security-Policy, it needs these sources (the map\'s tiles only on pages with a map; add the host of every other catalogue your pages name to connect-src):', 'willkommen-widgets' ); ?></p>
		<pre><code><?php echo esc_html( implode( "\n", $policy ) ); ?></code></pre>
	</div>
	<?php
}

/**
 * Tells administrators when the kit's files are missing (a copy of the plugin's source rather
 * than its release zip, and no kit location set).
 */
function missing_kit_notice() {
	if ( '' !== kit_url() || ! current_user_can( 'manage_options' ) ) {
		return;
	}
	printf(
		'<div class="notice notice-error"><p>%s</p></div>',
		esc_html__( 'Willkommen Widgets: the kit\'s script files are missing, so the widgets cannot appear. Install the plugin from its release zip, which holds them, or enter their location under Settings → Willkommen Widgets.', 'willkommen-widgets' )
	);
}

/**
 * A "Settings" link in the plugin's row under Plugins.
 *
 * @param string[] $links The row's links.
 * @return string[]
 */
function settings_link( $links ) {
	array_unshift( $links, sprintf( '<a href="%s">%s</a>', esc_url( admin_url( 'options-general.php?page=' . SETTINGS_PAGE ) ), esc_html__( 'Settings', 'willkommen-widgets' ) ) );
	return $links;
}
