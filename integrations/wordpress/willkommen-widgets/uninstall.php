<?php
/**
 * Removes the plugin's settings when it is deleted in Plugins.
 *
 * @package WillkommenWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'willkommen_widgets_kit_url' );
delete_option( 'willkommen_widgets_default_src' );
