<?php
/**
 * Plugin Name:       Treatment comparison (treatment-compare)
 * Description:       A patient decision aid comparing TMS for chronic pain with other options, as a block and a [treatment_compare] shortcode, with your clinic's own facts and a conflict-of-interest disclosure. Served from your own site: no third-party requests.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       treatment-compare
 * Domain Path:       /languages
 *
 * @package TreatmentCompare
 */

defined( 'ABSPATH' ) || exit;

define( 'TREATMENT_COMPARE_VERSION', '0.1.0' );
define( 'TREATMENT_COMPARE_FILE', __FILE__ );
define( 'TREATMENT_COMPARE_OPTION', 'treatment_compare_clinic' );

require_once __DIR__ . '/includes/rules.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/settings.php';

add_action( 'init', 'treatment_compare_init' );

/**
 * Translations, the widget's script, the block and the shortcode.
 */
function treatment_compare_init() {
	load_plugin_textdomain( 'treatment-compare', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );

	// The widget, from this plugin's own folder: the classic build finds its Spanish and depth files next to itself.
	wp_register_script( 'treatment-compare', plugins_url( 'cdn/treatment-compare.iife.js', __FILE__ ), array(), TREATMENT_COMPARE_VERSION, true );
	wp_register_style( 'treatment-compare-embed', plugins_url( 'assets/embed.css', __FILE__ ), array(), TREATMENT_COMPARE_VERSION );

	wp_register_script(
		'treatment-compare-block-editor',
		plugins_url( 'assets/block.js', __FILE__ ),
		array( 'wp-blocks', 'wp-element', 'wp-components', 'wp-block-editor', 'wp-server-side-render', 'treatment-compare' ),
		TREATMENT_COMPARE_VERSION,
		true
	);
	wp_localize_script( 'treatment-compare-block-editor', 'treatmentCompareBlock', treatment_compare_editor_data() );

	register_block_type(
		'treatment-compare/comparison',
		array(
			'api_version'     => 2,
			'title'           => __( 'Treatment comparison', 'treatment-compare' ),
			'category'        => 'widgets',
			'editor_script'   => 'treatment-compare-block-editor',
			'style'           => 'treatment-compare-embed',
			'attributes'      => array(
				'lang'      => array(
					'type'    => 'string',
					'default' => '',
				),
				'mode'      => array(
					'type'    => 'string',
					'default' => 'patient',
				),
				'condition' => array(
					'type'    => 'string',
					'default' => '',
				),
				'options'   => array(
					'type'    => 'array',
					'items'   => array( 'type' => 'string' ),
					'default' => array(),
				),
				'weights'   => array(
					'type'    => 'string',
					'default' => '',
				),
				'persist'   => array(
					'type'    => 'boolean',
					'default' => false,
				),
				'align'     => array(
					'type'    => 'string',
					'default' => 'wide',
				),
			),
			'supports'        => array(
				'align' => array( 'wide', 'full' ),
				'html'  => false,
			),
			'render_callback' => 'treatment_compare_render_block',
		)
	);

	add_shortcode( 'treatment_compare', 'treatment_compare_shortcode' );
}

/**
 * What the editor script needs: its words (translated here) and the dataset's ids and names.
 *
 * @return array
 */
function treatment_compare_editor_data() {
	$rules = treatment_compare_rules();
	return array(
		'options'    => treatment_compare_choices( $rules['options'] ),
		'criteria'   => treatment_compare_choices( $rules['criteria'] ),
		'conditions' => treatment_compare_choices( $rules['conditions'] ),
		'settings'   => admin_url( 'options-general.php?page=treatment-compare' ),
		'canManage'  => current_user_can( 'manage_options' ),
		'text'       => array(
			'title'            => __( 'Treatment comparison', 'treatment-compare' ),
			'description'      => __( 'A patient decision aid: TMS for chronic pain side by side with other options, with cited evidence.', 'treatment-compare' ),
			'panel'            => __( 'Comparison settings', 'treatment-compare' ),
			'language'         => __( 'Language', 'treatment-compare' ),
			'languageAuto'     => __( 'The page\'s language', 'treatment-compare' ),
			'english'          => __( 'English', 'treatment-compare' ),
			'spanish'          => __( 'Spanish', 'treatment-compare' ),
			'mode'             => __( 'Mode', 'treatment-compare' ),
			'patient'          => __( 'Patient (step by step)', 'treatment-compare' ),
			'counselor'        => __( 'Counselor (one screen)', 'treatment-compare' ),
			'condition'        => __( 'Condition', 'treatment-compare' ),
			'allConditions'    => __( 'All chronic pain', 'treatment-compare' ),
			'optionsShown'     => __( 'Options shown', 'treatment-compare' ),
			'optionsHelp'      => __( 'None ticked shows every option.', 'treatment-compare' ),
			'priorities'       => __( 'Starting priorities', 'treatment-compare' ),
			'setPriorities'    => __( 'Start with these priorities', 'treatment-compare' ),
			'prioritiesHelp'   => __( 'Off: patients set their own, from the middle.', 'treatment-compare' ),
			'persist'          => __( 'Keep choices in the page address', 'treatment-compare' ),
			'persistHelp'      => __( 'Adds a "copy link" button. Nothing is stored on your site.', 'treatment-compare' ),
			'clinic'           => __( 'Your clinic\'s facts and disclosure are set under Settings > Treatment comparison.', 'treatment-compare' ),
			'clinicLink'       => __( 'Open the clinic settings', 'treatment-compare' ),
		),
	);
}

/**
 * Ids and names in the site's language (English or Spanish, as the dataset has them).
 *
 * @param array $items Items of the rules file: id and label by language.
 * @return array
 */
function treatment_compare_choices( $items ) {
	$lang = 0 === strpos( determine_locale(), 'es' ) ? 'es' : 'en';
	$out  = array();
	foreach ( $items as $item ) {
		$out[] = array(
			'id'    => $item['id'],
			'label' => isset( $item['label'][ $lang ] ) ? $item['label'][ $lang ] : $item['label']['en'],
		);
	}
	return $out;
}
