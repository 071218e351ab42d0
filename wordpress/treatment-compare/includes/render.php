<?php
/**
 * The element and the clinic's data block, printed by the block's render callback and the
 * shortcode. Saved content holds only the block comment or the shortcode, so kses, wpautop and
 * wptexturize never see the element: it is made here, on every view.
 *
 * @package TreatmentCompare
 */

defined( 'ABSPATH' ) || exit;

/**
 * The block's render callback.
 *
 * @param array $attributes The block's attributes.
 * @return string
 */
function treatment_compare_render_block( $attributes ) {
	// The default alignment (wide) is not in the saved comment, so block supports would not add its class.
	$align   = isset( $attributes['align'] ) && in_array( $attributes['align'], array( 'wide', 'full' ), true ) ? ' align' . $attributes['align'] : '';
	$wrapper = get_block_wrapper_attributes( array( 'class' => 'treatment-compare-embed' . $align ) );
	return treatment_compare_render( is_array( $attributes ) ? $attributes : array(), $wrapper );
}

/**
 * [treatment_compare lang="es" mode="counselor" condition="migraine" options="tms,medication" weights="cost:8" persist="url"]
 *
 * Shortcodes run after wpautop and wptexturize (priority 11 on the_content), so what this returns
 * is printed as it is.
 *
 * @param array|string $atts The shortcode's attributes.
 * @return string
 */
function treatment_compare_shortcode( $atts ) {
	$atts = shortcode_atts(
		array(
			'lang'      => '',
			'mode'      => 'patient',
			'condition' => '',
			'options'   => '',
			'weights'   => '',
			'persist'   => '',
			'align'     => 'wide',
		),
		is_array( $atts ) ? $atts : array(),
		'treatment_compare'
	);
	wp_enqueue_style( 'treatment-compare-embed' );
	$atts['options'] = explode( ',', (string) $atts['options'] );
	$atts['persist'] = in_array( strtolower( trim( (string) $atts['persist'] ) ), array( 'url', 'true', 'yes', '1' ), true );
	$align           = in_array( $atts['align'], array( 'wide', 'full' ), true ) ? ' align' . $atts['align'] : '';
	return treatment_compare_render( $atts, 'class="treatment-compare-embed' . esc_attr( $align ) . '"' );
}

/**
 * The element with checked attributes and, when the clinic has saved its facts, the data block.
 *
 * @param array  $atts    Attributes from the block or the shortcode.
 * @param string $wrapper The wrapper's attributes, already escaped.
 * @return string
 */
function treatment_compare_render( $atts, $wrapper ) {
	$rules = treatment_compare_rules();
	$ids   = static function ( $key ) use ( $rules ) {
		return wp_list_pluck( $rules[ $key ], 'id' );
	};
	$attrs = array();

	$lang = isset( $atts['lang'] ) ? strtolower( trim( (string) $atts['lang'] ) ) : '';
	if ( in_array( $lang, array( 'en', 'es' ), true ) ) {
		$attrs['lang'] = $lang;
	}
	$mode = isset( $atts['mode'] ) ? strtolower( trim( (string) $atts['mode'] ) ) : '';
	if ( 'counselor' === $mode ) {
		$attrs['mode'] = 'counselor';
	}
	$condition = isset( $atts['condition'] ) ? strtolower( trim( (string) $atts['condition'] ) ) : '';
	if ( in_array( $condition, $ids( 'conditions' ), true ) ) {
		$attrs['condition'] = $condition;
	}
	$options = array();
	foreach ( (array) ( isset( $atts['options'] ) ? $atts['options'] : array() ) as $option ) {
		$option = strtolower( trim( (string) $option ) );
		if ( in_array( $option, $ids( 'options' ), true ) && ! in_array( $option, $options, true ) ) {
			$options[] = $option;
		}
	}
	if ( $options ) {
		$attrs['options'] = implode( ',', $options );
	}
	$weights = treatment_compare_weights( isset( $atts['weights'] ) ? (string) $atts['weights'] : '', $ids( 'criteria' ) );
	if ( '' !== $weights ) {
		$attrs['weights'] = $weights;
	}
	if ( ! empty( $atts['persist'] ) ) {
		// Each widget keeps its state under its own keys in the address: an id per widget on the page, in page order.
		static $persisted = 0;
		++$persisted;
		$attrs['persist'] = 'url';
		$attrs['id']      = 'treatment-compare-' . $persisted;
	}

	wp_enqueue_script( 'treatment-compare' );

	$element = '<treatment-compare';
	foreach ( $attrs as $name => $value ) {
		$element .= ' ' . $name . '="' . esc_attr( $value ) . '"';
	}
	$element .= '>';
	$clinic   = treatment_compare_clinic_config();
	// Hex-escaped: no "<", ">", "&", quote or apostrophe can end the script or be texturized.
	$json = $clinic ? wp_json_encode( $clinic, JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT | JSON_UNESCAPED_SLASHES ) : false;
	if ( $json ) {
		$element .= '<script type="application/json">' . $json . '</script>';
	}
	$element .= '</treatment-compare>';

	return '<div ' . $wrapper . '>' . $element . '</div>';
}

/**
 * "cost:8, side-effects:3" -> "cost:8,side-effects:3": known criteria only, whole numbers 0-10.
 *
 * @param string $value The weights as given.
 * @param array  $known Criteria ids.
 * @return string
 */
function treatment_compare_weights( $value, $known ) {
	$out = array();
	foreach ( explode( ',', $value ) as $pair ) {
		$parts = explode( ':', $pair );
		if ( 2 !== count( $parts ) ) {
			continue;
		}
		$id = strtolower( trim( $parts[0] ) );
		$n  = trim( $parts[1] );
		if ( in_array( $id, $known, true ) && is_numeric( $n ) ) {
			$out[ $id ] = $id . ':' . max( 0, min( 10, (int) round( (float) $n ) ) );
		}
	}
	return implode( ',', $out );
}
