<?php
/**
 * Plugin Name:       Willkommen Widgets
 * Plugin URI:        https://example.org/willkommen-widgets
 * Description:       Shows the public catalogue of help for refugees and migrants (offers, map, events, jobs) in your pages: a block with a settings sidebar and the shortcode [willkommen].
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       willkommen-widgets
 * Domain Path:       /languages
 *
 * @package WillkommenWidgets
 */

namespace WillkommenWidgets;

defined( 'ABSPATH' ) || exit;

const VERSION = '0.1.0';
const PLUGIN_FILE = __FILE__;
const TEXT_DOMAIN = 'willkommen-widgets';

require_once __DIR__ . '/includes/elements.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/block.php';
require_once __DIR__ . '/includes/shortcode.php';
require_once __DIR__ . '/includes/settings.php';

add_action( 'init', __NAMESPACE__ . '\\load_textdomain', 1 );
add_action( 'init', __NAMESPACE__ . '\\register_kit' );
add_action( 'init', __NAMESPACE__ . '\\register_block' );
add_action( 'init', __NAMESPACE__ . '\\register_shortcode' );
add_filter( 'script_loader_tag', __NAMESPACE__ . '\\module_script_tag', 10, 2 );
add_action( 'enqueue_block_editor_assets', __NAMESPACE__ . '\\editor_config' );
add_action( 'admin_init', __NAMESPACE__ . '\\register_settings' );
add_action( 'admin_menu', __NAMESPACE__ . '\\add_settings_page' );
add_action( 'admin_notices', __NAMESPACE__ . '\\missing_kit_notice' );
add_filter( 'plugin_action_links_' . plugin_basename( __FILE__ ), __NAMESPACE__ . '\\settings_link' );

/**
 * Loads the plugin's translations (languages/willkommen-widgets-<locale>.mo).
 */
function load_textdomain() {
	load_plugin_textdomain( TEXT_DOMAIN, false, dirname( plugin_basename( PLUGIN_FILE ) ) . '/languages' );
}
