<?php
/**
 * Sets up the end-to-end test's site from the command line: the database, WordPress's own
 * installation (in German, like the sites the plugin is made for), the plugin activated, its default
 * catalogue, and the test's pages, read as JSON from stdin:
 *
 *   { "defaultSrc": "…", "pages": [ { "title": "…", "blocks": [ { "name": "…", "attrs": { … } } ] },
 *                                   { "title": "…", "content": "…" } ] }
 *
 * Prints JSON: WordPress's version and the address of each page by its title.
 *
 * Environment: WK_WP_ROOT (the site's folder), WK_WP_URL, WK_WP_DB_SOCKET, WK_WP_DEBUG_LOG.
 *
 * @package WillkommenWidgets
 */

$spec = json_decode( stream_get_contents( STDIN ), true );
$url  = host_header( getenv( 'WK_WP_URL' ) );

$db = new mysqli( 'localhost', 'root', '', '', 0, getenv( 'WK_WP_DB_SOCKET' ) );
$db->query( 'CREATE DATABASE IF NOT EXISTS wordpress CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci' );
$db->close();

$_SERVER['HTTP_HOST']   = $url;
$_SERVER['REQUEST_URI'] = '/';
define( 'WP_INSTALLING', true );

/**
 * No e-mail about the new site.
 */
function wp_new_blog_notification() {}

require getenv( 'WK_WP_ROOT' ) . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

$installed = wp_install( 'Landkreis Nordheide', 'redaktion', 'redaktion@example.org', false, '', 'redaktion-test', 'de_DE' );
wp_set_current_user( $installed['user_id'] );

$activated = activate_plugin( 'willkommen-widgets/willkommen-widgets.php' );
if ( is_wp_error( $activated ) ) {
	fwrite( STDERR, 'Could not activate the plugin: ' . $activated->get_error_message() . "\n" );
	exit( 1 );
}
update_option( 'willkommen_widgets_default_src', $spec['defaultSrc'] );

$pages = array();
foreach ( $spec['pages'] as $page ) {
	$content = isset( $page['content'] ) ? $page['content'] : '';
	foreach ( isset( $page['blocks'] ) ? $page['blocks'] : array() as $block ) {
		$content .= serialize_block(
			array(
				'blockName'    => $block['name'],
				'attrs'        => $block['attrs'],
				'innerBlocks'  => array(),
				'innerHTML'    => '',
				'innerContent' => array(),
			)
		) . "\n";
	}
	// wp_insert_post() expects slashed data, as from a form.
	$id = wp_insert_post(
		wp_slash(
			array(
				'post_type'    => 'page',
				'post_status'  => 'publish',
				'post_title'   => $page['title'],
				'post_content' => $content,
			)
		),
		true
	);
	if ( is_wp_error( $id ) ) {
		fwrite( STDERR, 'Could not create the page ' . $page['title'] . ': ' . $id->get_error_message() . "\n" );
		exit( 1 );
	}
	$pages[ $page['title'] ] = get_permalink( $id );
}

echo wp_json_encode(
	array(
		'version' => get_bloginfo( 'version' ),
		'pages'   => $pages,
	)
);

/**
 * Host and port of an address, as a browser sends them in the Host header.
 *
 * @param string $address The site's address.
 * @return string
 */
function host_header( $address ) {
	$parts = parse_url( $address );
	return $parts['host'] . ( isset( $parts['port'] ) ? ':' . $parts['port'] : '' );
}
