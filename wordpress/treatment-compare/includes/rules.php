<?php
/**
 * The clinic's facts: from the settings form to the widget's configuration, and its checks.
 *
 * The rules and their messages come from rules.json, which `npm run build` writes from the
 * widget's own validator (it runs validateClinic on bad values and keeps its words), with the
 * dataset's option, criterion and condition ids. The checks below are the validator's, in PHP:
 * text is trimmed, must not be empty and has a length limit; a link is http(s) with a host and no
 * user name or password, spaces, backslashes or control characters; a date is a real YYYY-MM-DD.
 *
 * @package TreatmentCompare
 */

defined( 'ABSPATH' ) || exit;

/**
 * The rules file, read once per request.
 *
 * @return array
 */
function treatment_compare_rules() {
	static $rules = null;
	if ( null === $rules ) {
		$file  = dirname( TREATMENT_COMPARE_FILE ) . '/rules.json';
		$text  = is_readable( $file ) ? file_get_contents( $file ) : false; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file.
		$rules = $text ? json_decode( $text, true ) : null;
		if ( ! is_array( $rules ) ) {
			$rules = array(
				'limits'     => array(
					'shortText' => 200,
					'longText'  => 2000,
				),
				'messages'   => array(),
				'options'    => array(),
				'criteria'   => array(),
				'conditions' => array(),
			);
		}
	}
	return $rules;
}

/**
 * A message of the validator, with its numbers filled in.
 *
 * @param string $key  The message's key in rules.json.
 * @param array  $vars Values for {max} and {got}.
 * @return string
 */
function treatment_compare_message( $key, $vars = array() ) {
	$rules = treatment_compare_rules();
	$text  = isset( $rules['messages'][ $key ] ) ? $rules['messages'][ $key ] : $key;
	foreach ( $vars as $name => $value ) {
		$text = str_replace( '{' . $name . '}', (string) $value, $text );
	}
	return $text;
}

/**
 * Text as the form gives it: valid UTF-8, no control characters (line breaks kept in long text).
 * Not HTML-escaped: the widget shows it as text, and it reaches the page only through wp_json_encode.
 *
 * @param mixed $value     The submitted value.
 * @param bool  $multiline Whether line breaks are kept.
 * @return string
 */
function treatment_compare_clean_text( $value, $multiline = false ) {
	$value = wp_check_invalid_utf8( is_string( $value ) ? $value : '' );
	$value = preg_replace( $multiline ? '/[\x00-\x09\x0B\x0C\x0E-\x1F\x7F]/' : '/[\x00-\x1F\x7F]/', '', $value );
	return trim( str_replace( "\r\n", "\n", $value ) );
}

/**
 * The settings form's values -> the widget's clinic configuration (null when nothing is set).
 *
 * @param array $form Sanitized form values.
 * @return array|null
 */
function treatment_compare_clinic_from_form( $form ) {
	$clinic = array(
		'name'     => isset( $form['name'] ) ? $form['name'] : '',
		'provides' => array(),
	);
	$facts  = array();
	$any    = '' !== $clinic['name'];
	foreach ( treatment_compare_rules()['options'] as $option ) {
		$id  = $option['id'];
		$row = isset( $form['options'][ $id ] ) ? $form['options'][ $id ] : array();
		if ( ! empty( $row['provides'] ) ) {
			$clinic['provides'][] = $id;
		}
		$fact = array();
		foreach ( array( 'price', 'wait', 'insurance' ) as $key ) {
			if ( isset( $row[ $key ] ) && '' !== $row[ $key ] ) {
				$fact[ $key ] = $row[ $key ];
			}
		}
		if ( isset( $row['offered'] ) && in_array( $row['offered'], array( 'yes', 'no' ), true ) ) {
			$fact['offeredHere'] = 'yes' === $row['offered'];
		}
		if ( $fact ) {
			$facts[ $id ] = $fact;
		}
		$any = $any || $fact || ! empty( $row['provides'] );
	}
	if ( $facts ) {
		$clinic['facts'] = $facts;
	}
	$label = isset( $form['contact_label'] ) ? $form['contact_label'] : '';
	$url   = isset( $form['contact_url'] ) ? $form['contact_url'] : '';
	if ( '' !== $label || '' !== $url ) {
		$clinic['contact'] = array(
			'label' => $label,
			'url'   => $url,
		);
	}
	$clinic['checked'] = isset( $form['checked'] ) ? $form['checked'] : '';
	$any               = $any || '' !== $label || '' !== $url || '' !== $clinic['checked'];
	return $any ? $clinic : null;
}

/**
 * A text's length as the widget measures it: after JavaScript's trim() (which removes Unicode spaces
 * such as U+00A0, not only ASCII ones) and in UTF-16 units (an emoji counts 2), so that a text this
 * page accepts is never one the widget refuses.
 *
 * @param string $value The text (valid UTF-8).
 * @param bool   $trim  Whether to trim it first, as the widget does for texts (not for links).
 * @return int
 */
function treatment_compare_widget_length( $value, $trim ) {
	$space = '[\p{Zs}\t\n\x{0B}\f\r\x{FEFF}\x{2028}\x{2029}]';
	$value = $trim ? preg_replace( "/^$space+|$space+\$/u", '', (string) $value ) : (string) $value;
	// Bytes, less UTF-8 continuation bytes (one unit per character), plus one for each 4-byte
	// character (outside the BMP: a surrogate pair). No mbstring: WordPress does not require it.
	return strlen( $value ) - preg_match_all( '/[\x80-\xBF]/', $value ) + preg_match_all( '/[\xF0-\xF4]/', $value );
}

/**
 * The validator's checks on a configuration built by treatment_compare_clinic_from_form().
 *
 * @param array $clinic The configuration.
 * @return string[] Messages as the widget writes them ("contact.url: expected a link ...").
 */
function treatment_compare_validate_clinic( $clinic ) {
	$limits = treatment_compare_rules()['limits'];
	$errors = array();
	$text   = static function ( $path, $value, $max ) use ( &$errors ) {
		$length = treatment_compare_widget_length( $value, true );
		if ( 0 === $length ) {
			$errors[] = $path . ': ' . treatment_compare_message( 'empty' );
		} elseif ( $length > $max ) {
			$errors[] = $path . ': ' . treatment_compare_message(
				'tooLong',
				array(
					'max' => $max,
					'got' => $length,
				)
			);
		}
	};
	$text( 'name', $clinic['name'], $limits['shortText'] );
	foreach ( isset( $clinic['facts'] ) ? $clinic['facts'] : array() as $id => $fact ) {
		foreach ( array( 'price', 'wait', 'insurance' ) as $key ) {
			if ( isset( $fact[ $key ] ) ) {
				$text( "facts.$id.$key", $fact[ $key ], 'insurance' === $key ? $limits['longText'] : $limits['shortText'] );
			}
		}
	}
	if ( isset( $clinic['contact'] ) ) {
		$text( 'contact.label', $clinic['contact']['label'], $limits['shortText'] );
		$link = treatment_compare_link_problem( $clinic['contact']['url'], $limits['longText'] );
		if ( $link ) {
			$errors[] = 'contact.url: ' . $link;
		}
	}
	$date = treatment_compare_date_problem( $clinic['checked'] );
	if ( $date ) {
		$errors[] = 'checked: ' . $date;
	}
	return $errors;
}

/**
 * What is wrong with a link, in the validator's words, or '' (src/model/links.ts).
 *
 * @param string $url The link.
 * @param int    $max Its longest length.
 * @return string
 */
function treatment_compare_link_problem( $url, $max ) {
	if ( treatment_compare_widget_length( $url, false ) > $max ) {
		return treatment_compare_message( 'linkTooLong', array( 'max' => $max ) );
	}
	$parts = wp_parse_url( $url );
	if ( is_array( $parts ) && ( isset( $parts['user'] ) || isset( $parts['pass'] ) ) && preg_match( '#^https?://#i', $url ) ) {
		return treatment_compare_message( 'credentials' );
	}
	$ok = preg_match( '#^https?://[^\s\\\\/?\#@:]#i', $url )
		&& ! preg_match( '/[\s\\\\\x{0000}-\x{001F}\x{007F}-\x{009F}]/u', $url )
		&& is_array( $parts )
		&& isset( $parts['scheme'], $parts['host'] )
		&& in_array( strtolower( $parts['scheme'] ), array( 'http', 'https' ), true )
		&& '' !== $parts['host'];
	return $ok ? '' : treatment_compare_message( 'link' );
}

/**
 * What is wrong with a YYYY-MM-DD date, in the validator's words, or ''.
 *
 * @param string $value The date.
 * @return string
 */
function treatment_compare_date_problem( $value ) {
	if ( ! preg_match( '/^(\d{4})-(\d{2})-(\d{2})$/', $value, $m ) ) {
		return treatment_compare_message( 'date' );
	}
	return checkdate( (int) $m[2], (int) $m[3], (int) $m[1] ) ? '' : treatment_compare_message( 'realDate' );
}

/**
 * The saved configuration, as the widget takes it, or null when the clinic has set nothing.
 *
 * @return array|null
 */
function treatment_compare_clinic_config() {
	$form = get_option( TREATMENT_COMPARE_OPTION, array() );
	if ( ! is_array( $form ) ) {
		return null;
	}
	$clinic = treatment_compare_clinic_from_form( $form );
	// Saved values were checked when saved; a configuration that no longer passes is not printed.
	return $clinic && ! treatment_compare_validate_clinic( $clinic ) ? $clinic : null;
}
