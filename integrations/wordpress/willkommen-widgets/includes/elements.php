<?php
/**
 * The kit's elements and the attributes the block and the shortcode may set on them: the one list
 * the block's attributes, its settings sidebar, the shortcode and the rendered HTML come from.
 *
 * @package WillkommenWidgets
 */

namespace WillkommenWidgets;

defined( 'ABSPATH' ) || exit;

/** The interface languages of the kit, by code, in their own names. */
const LANGUAGES = array(
	'de' => 'Deutsch',
	'en' => 'English',
	'ar' => 'العربية',
	'fa' => 'فارسی',
	'uk' => 'Українська',
	'ru' => 'Русский',
	'tr' => 'Türkçe',
	'fr' => 'Français',
	'es' => 'Español',
);

/**
 * The elements, by tag name: label, description and the attributes each takes besides `src`
 * and `lang` (in the order the sidebar shows them).
 *
 * @return array<string, array{label: string, description: string, attributes: string[]}>
 */
function elements() {
	return array(
		'offer-search' => array(
			'label'       => __( 'Offer search', 'willkommen-widgets' ),
			'description' => __( 'Search the offers, with filters for topics, languages spoken, place and opening hours.', 'willkommen-widgets' ),
			'attributes'  => array( 'categories', 'region', 'languages', 'hide-filters', 'open-linked', 'url-state', 'id' ),
		),
		'offer-map'    => array(
			'label'       => __( 'Map of offers', 'willkommen-widgets' ),
			'description' => __( 'The offers on a map. It loads only after the visitor agrees, unless the site has consent.', 'willkommen-widgets' ),
			'attributes'  => array( 'for', 'categories', 'region', 'consent', 'id' ),
		),
		'event-list'   => array(
			'label'       => __( 'Events', 'willkommen-widgets' ),
			'description' => __( 'What is on in the coming days, with calendar export.', 'willkommen-widgets' ),
			'attributes'  => array( 'range', 'categories', 'languages', 'region', 'free', 'online', 'hide-filters', 'for', 'id' ),
		),
		'job-board'    => array(
			'label'       => __( 'Job board', 'willkommen-widgets' ),
			'description' => __( 'Jobs and apprenticeships, with the German level each one needs.', 'willkommen-widgets' ),
			'attributes'  => array( 'level', 'fields', 'types', 'region', 'employer', 'hide-filters', 'open-linked', 'url-state', 'id' ),
		),
	);
}

/**
 * Every attribute, by its name on the element: the block attribute that holds it (`key`), its kind
 * (`url`, `text`, `list`, `choice`, `bool`), and its label and help text in the sidebar.
 *
 * @return array<string, array{key: string, kind: string, label: string, help?: string, choices?: array<string, string>}>
 */
function attributes() {
	$languages = array( '' => __( 'Language of the page', 'willkommen-widgets' ) ) + LANGUAGES;
	$levels    = array( '' => __( 'Chosen by the visitor', 'willkommen-widgets' ) );
	foreach ( array( 'A1', 'A2', 'B1', 'B2', 'C1', 'C2' ) as $level ) {
		$levels[ $level ] = $level;
	}
	return array(
		'src'          => array(
			'key'   => 'src',
			'kind'  => 'url',
			'label' => __( 'Catalogue URL', 'willkommen-widgets' ),
			'help'  => __( 'Address of the catalogue (or of a pack\'s index.json), starting with https:// or /. Empty: the default catalogue from Settings → Willkommen Widgets.', 'willkommen-widgets' ),
		),
		'lang'         => array(
			'key'     => 'lang',
			'kind'    => 'choice',
			'label'   => __( 'Language', 'willkommen-widgets' ),
			'choices' => $languages,
		),
		'categories'   => array(
			'key'   => 'categories',
			'kind'  => 'list',
			'label' => __( 'Topics', 'willkommen-widgets' ),
			'help'  => __( 'Category ids of the catalogue, comma-separated, for example language,work.', 'willkommen-widgets' ),
		),
		'region'       => array(
			'key'   => 'region',
			'kind'  => 'text',
			'label' => __( 'Region', 'willkommen-widgets' ),
			'help'  => __( 'Region id of the catalogue, for example rostock.', 'willkommen-widgets' ),
		),
		'languages'    => array(
			'key'   => 'languages',
			'kind'  => 'list',
			'label' => __( 'Languages spoken', 'willkommen-widgets' ),
			'help'  => __( 'Language codes, comma-separated, for example ar,uk.', 'willkommen-widgets' ),
		),
		'hide-filters' => array(
			'key'   => 'hideFilters',
			'kind'  => 'list',
			'label' => __( 'Hidden filters', 'willkommen-widgets' ),
			'help'  => __( 'Filters the visitor does not see, comma-separated, for example categories,place. A hidden preset stays fixed.', 'willkommen-widgets' ),
		),
		'open-linked'  => array(
			'key'   => 'openLinked',
			'kind'  => 'bool',
			'label' => __( 'Open shared links', 'willkommen-widgets' ),
			'help'  => __( 'A link a visitor shared (with the share button) opens that entry on this page. The page address is only read, never changed.', 'willkommen-widgets' ),
		),
		'url-state'    => array(
			'key'   => 'urlState',
			'kind'  => 'bool',
			'label' => __( 'Keep the search in the page address', 'willkommen-widgets' ),
			'help'  => __( 'Links, bookmarks and the back button then keep the search, the filters and the open item.', 'willkommen-widgets' ),
		),
		'for'          => array(
			'key'   => 'forSearch',
			'kind'  => 'text',
			'label' => __( 'Linked offer search', 'willkommen-widgets' ),
			'help'  => __( 'HTML id of an offer search on this page: the map shows its results, the events open their offers in it.', 'willkommen-widgets' ),
		),
		'consent'      => array(
			'key'   => 'consent',
			'kind'  => 'bool',
			'label' => __( 'Load the map at once', 'willkommen-widgets' ),
			'help'  => __( 'Only when your consent banner has the visitor\'s consent for the tile server.', 'willkommen-widgets' ),
		),
		'range'        => array(
			'key'     => 'range',
			'kind'    => 'choice',
			'label'   => __( 'Time span', 'willkommen-widgets' ),
			'choices' => array(
				''      => __( 'Next 7 days', 'willkommen-widgets' ),
				'today' => __( 'Today', 'willkommen-widgets' ),
				'month' => __( 'Next 30 days', 'willkommen-widgets' ),
			),
		),
		'free'         => array(
			'key'   => 'free',
			'kind'  => 'bool',
			'label' => __( 'Only free events', 'willkommen-widgets' ),
		),
		'online'       => array(
			'key'   => 'online',
			'kind'  => 'bool',
			'label' => __( 'Only online events', 'willkommen-widgets' ),
		),
		'level'        => array(
			'key'     => 'level',
			'kind'    => 'choice',
			'label'   => __( 'German level', 'willkommen-widgets' ),
			'choices' => $levels,
		),
		'fields'       => array(
			'key'   => 'fields',
			'kind'  => 'list',
			'label' => __( 'Fields of work', 'willkommen-widgets' ),
			'help'  => __( 'Field ids of the catalogue, comma-separated, for example care,construction.', 'willkommen-widgets' ),
		),
		'types'        => array(
			'key'   => 'types',
			'kind'  => 'list',
			'label' => __( 'Types of work', 'willkommen-widgets' ),
			'help'  => __( 'Comma-separated: FULL_TIME, PART_TIME, APPRENTICESHIP, INTERN, MINI_JOB, TEMPORARY.', 'willkommen-widgets' ),
		),
		'employer'     => array(
			'key'   => 'employer',
			'kind'  => 'text',
			'label' => __( 'Employer', 'willkommen-widgets' ),
			'help'  => __( 'Only this employer\'s jobs (its name as in the catalogue).', 'willkommen-widgets' ),
		),
		'id'           => array(
			'key'   => 'elementId',
			'kind'  => 'text',
			'label' => __( 'HTML id', 'willkommen-widgets' ),
			'help'  => __( 'Lets a map or an event list on the same page link to this element.', 'willkommen-widgets' ),
		),
	);
}

/**
 * The block's attributes, derived from the list above (all strings but the switches).
 *
 * @return array<string, array{type: string, default: mixed}>
 */
function block_attributes() {
	$result = array(
		'element' => array(
			'type'    => 'string',
			'default' => 'offer-search',
		),
	);
	foreach ( attributes() as $definition ) {
		$bool                         = 'bool' === $definition['kind'];
		$result[ $definition['key'] ] = array(
			'type'    => $bool ? 'boolean' : 'string',
			'default' => $bool ? false : '',
		);
	}
	return $result;
}
