<?php
/**
 * The editor script's dependencies (the globals it uses) and version.
 *
 * @package WillkommenWidgets
 */

return array(
	'dependencies' => array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
	'version'      => '0.1.0',
);
