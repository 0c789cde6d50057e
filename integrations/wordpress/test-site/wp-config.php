<?php
/**
 * WordPress configuration of the end-to-end test's site (tests/wordpress.test.ts): its database on
 * the test's own MariaDB socket, its address, a debug log, and no requests to wordpress.org.
 *
 * @package WillkommenWidgets
 */

define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:' . getenv( 'WK_WP_DB_SOCKET' ) );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

define( 'WP_HOME', getenv( 'WK_WP_URL' ) );
define( 'WP_SITEURL', getenv( 'WK_WP_URL' ) );

// A throwaway site: fixed keys are enough.
define( 'AUTH_KEY', 'willkommen-test-auth' );
define( 'SECURE_AUTH_KEY', 'willkommen-test-secure-auth' );
define( 'LOGGED_IN_KEY', 'willkommen-test-logged-in' );
define( 'NONCE_KEY', 'willkommen-test-nonce' );
define( 'AUTH_SALT', 'willkommen-test-auth-salt' );
define( 'SECURE_AUTH_SALT', 'willkommen-test-secure-auth-salt' );
define( 'LOGGED_IN_SALT', 'willkommen-test-logged-in-salt' );
define( 'NONCE_SALT', 'willkommen-test-nonce-salt' );

// No network: no update checks, no cron requests to itself.
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );

// Notices go to a log the test reads, never into the page.
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', getenv( 'WK_WP_DEBUG_LOG' ) );

$table_prefix = 'wp_';

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
