/**
 * The block "Willkommen widget" in the editor, written for WordPress's script globals (wp.blocks,
 * wp.element, wp.blockEditor, wp.components, wp.i18n; listed in editor.asset.php), so it needs no
 * build step. The content shows what the block will show; the sidebar holds its settings. The page
 * itself is rendered on the server (save() is null), from the same list of elements and attributes
 * the sidebar is made from (window.willkommenWidgetsEditor, written by the plugin).
 */
( function ( blocks, element, blockEditor, components, i18n ) {
	'use strict';

	var el = element.createElement;
	var __ = i18n.__;
	var config = window.willkommenWidgetsEditor;
	if ( ! config ) {
		return;
	}

	/** The chosen element, or the search when the block names an unknown one. */
	function tagOf( attributes ) {
		return config.elements[ attributes.element ] ? attributes.element : 'offer-search';
	}

	/** One setting in the sidebar, by the attribute's name on the element. */
	function control( name, props ) {
		var definition = config.attributes[ name ];
		var value = props.attributes[ definition.key ];
		var common = {
			key: name,
			label: definition.label,
			help: definition.help,
			onChange: function ( next ) {
				var change = {};
				change[ definition.key ] = next;
				props.setAttributes( change );
			},
		};
		if ( definition.kind === 'bool' ) {
			return el( components.ToggleControl, Object.assign( common, { checked: !! value } ) );
		}
		if ( definition.kind === 'choice' ) {
			return el(
				components.SelectControl,
				Object.assign( common, {
					value: value || '',
					options: Object.keys( definition.choices ).map( function ( key ) {
						return { value: key, label: definition.choices[ key ] };
					} ),
				} )
			);
		}
		return el(
			components.TextControl,
			Object.assign( common, { type: definition.kind === 'url' ? 'url' : 'text', value: value || '' } )
		);
	}

	/** The value of a setting as the summary shows it; '' when it is not set. */
	function shown( name, attributes ) {
		var definition = config.attributes[ name ];
		var value = attributes[ definition.key ];
		if ( definition.kind === 'bool' ) {
			return value ? __( 'yes', 'willkommen-widgets' ) : '';
		}
		if ( definition.kind === 'choice' ) {
			return value && definition.choices[ value ] ? definition.choices[ value ] : '';
		}
		return value || '';
	}

	/** What the block will show, in the content: the element, its catalogue and its presets. */
	function summary( attributes ) {
		var tag = tagOf( attributes );
		var rows = [
			[
				config.attributes.src.label,
				attributes.src ||
					config.defaultSrc ||
					__( 'None yet: enter one in the sidebar, or a default under Settings → Willkommen Widgets.', 'willkommen-widgets' ),
			],
		];
		[ 'lang' ].concat( config.elements[ tag ].attributes ).forEach( function ( name ) {
			var value = shown( name, attributes );
			if ( value ) {
				rows.push( [ config.attributes[ name ].label, value ] );
			}
		} );
		return el(
			'dl',
			{ className: 'willkommen-widgets-summary' },
			rows.map( function ( row, index ) {
				return el(
					element.Fragment,
					{ key: index },
					el( 'dt', null, row[ 0 ] ),
					el( 'dd', { dir: 'auto' }, row[ 1 ] )
				);
			} )
		);
	}

	function Edit( props ) {
		var attributes = props.attributes;
		var tag = tagOf( attributes );
		var chosen = config.elements[ tag ];
		var presets = chosen.attributes.filter( function ( name ) {
			return name !== 'id';
		} );
		return el(
			element.Fragment,
			null,
			el(
				blockEditor.InspectorControls,
				null,
				el(
					components.PanelBody,
					{ title: __( 'Widget', 'willkommen-widgets' ), initialOpen: true },
					el( components.SelectControl, {
						label: __( 'Element', 'willkommen-widgets' ),
						value: tag,
						options: Object.keys( config.elements ).map( function ( key ) {
							return { value: key, label: config.elements[ key ].label };
						} ),
						onChange: function ( next ) {
							props.setAttributes( { element: next } );
						},
					} ),
					control( 'src', props ),
					control( 'lang', props ),
					control( 'id', props )
				),
				el(
					components.PanelBody,
					{ title: __( 'Presets', 'willkommen-widgets' ), initialOpen: true },
					presets.map( function ( name ) {
						return control( name, props );
					} )
				)
			),
			el(
				'div',
				blockEditor.useBlockProps(),
				el(
					components.Placeholder,
					{ icon: 'groups', label: chosen.label, instructions: chosen.description },
					config.kitMissing
						? el(
								components.Notice,
								{ status: 'warning', isDismissible: false },
								__( 'The kit\'s script files are missing, so the widget cannot appear on the page. See Settings → Willkommen Widgets.', 'willkommen-widgets' )
						  )
						: null,
					summary( attributes )
				)
			)
		);
	}

	blocks.registerBlockType( 'willkommen-widgets/widget', {
		edit: Edit,
		save: function () {
			return null;
		},
	} );
} )( window.wp.blocks, window.wp.element, window.wp.blockEditor, window.wp.components, window.wp.i18n );
