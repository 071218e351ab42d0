<?php
/**
 * Settings > Treatment comparison: the clinic's own facts. Saved through the Settings API
 * (options.php checks the nonce and manage_options), checked with the widget's rules and messages;
 * a form with problems is refused, its messages are shown and what was saved before stays.
 *
 * @package TreatmentCompare
 */

defined( 'ABSPATH' ) || exit;

add_action( 'admin_init', 'treatment_compare_register_setting' );
add_action( 'admin_menu', 'treatment_compare_admin_menu' );

/**
 * The one option this plugin stores.
 */
function treatment_compare_register_setting() {
	register_setting(
		'treatment_compare',
		TREATMENT_COMPARE_OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => 'treatment_compare_sanitize',
			'default'           => array(),
			'show_in_rest'      => false,
		)
	);
}

/**
 * A validator message ("contact.url: expected a link ...") named by the form's label instead of the
 * configuration's path ("Contact link: expected a link ..."), as the person filling the form sees it.
 *
 * @param string $error A message of treatment_compare_validate_clinic().
 * @return string
 */
function treatment_compare_error_in_form( $error ) {
	$parts = explode( ': ', $error, 2 );
	if ( 2 !== count( $parts ) ) {
		return $error;
	}
	$labels = array(
		'name'          => __( 'Clinic name', 'treatment-compare' ),
		'contact.label' => __( 'Contact link text', 'treatment-compare' ),
		'contact.url'   => __( 'Contact link', 'treatment-compare' ),
		'checked'       => __( 'Date these facts were checked', 'treatment-compare' ),
	);
	$fields = array(
		'price'     => __( 'Price', 'treatment-compare' ),
		'wait'      => __( 'Wait', 'treatment-compare' ),
		'insurance' => __( 'Insurance', 'treatment-compare' ),
	);
	foreach ( treatment_compare_choices( treatment_compare_rules()['options'] ) as $option ) {
		foreach ( $fields as $key => $field ) {
			/* translators: 1: an option's name, such as "Physical therapy"; 2: a field of the form, such as "Price". */
			$labels[ 'facts.' . $option['id'] . '.' . $key ] = sprintf( __( '%1$s, %2$s', 'treatment-compare' ), $option['label'], $field );
		}
	}
	return isset( $labels[ $parts[0] ] ) ? $labels[ $parts[0] ] . ': ' . $parts[1] : $error;
}

/**
 * The settings page, for administrators only.
 */
function treatment_compare_admin_menu() {
	add_options_page(
		__( 'Treatment comparison', 'treatment-compare' ),
		__( 'Treatment comparison', 'treatment-compare' ),
		'manage_options',
		'treatment-compare',
		'treatment_compare_settings_page'
	);
}

/**
 * The submitted form -> the values to save, or the values saved before when the form has problems.
 *
 * @param mixed $input The submitted values (already unslashed by options.php).
 * @return array
 */
function treatment_compare_sanitize( $input ) {
	static $done = null;
	// update_option() of a new option runs this twice (update, then add): check and report once.
	if ( null !== $done ) {
		return $done;
	}
	$previous = get_option( TREATMENT_COMPARE_OPTION, array() );
	$input    = is_array( $input ) ? $input : array();
	$form     = array(
		'name'          => treatment_compare_clean_text( isset( $input['name'] ) ? $input['name'] : '' ),
		'contact_label' => treatment_compare_clean_text( isset( $input['contact_label'] ) ? $input['contact_label'] : '' ),
		'contact_url'   => treatment_compare_clean_text( isset( $input['contact_url'] ) ? $input['contact_url'] : '' ),
		'checked'       => treatment_compare_clean_text( isset( $input['checked'] ) ? $input['checked'] : '' ),
		'options'       => array(),
	);
	foreach ( treatment_compare_rules()['options'] as $option ) {
		$id  = $option['id'];
		$row = isset( $input['options'][ $id ] ) && is_array( $input['options'][ $id ] ) ? $input['options'][ $id ] : array();

		$form['options'][ $id ] = array(
			'provides'  => ! empty( $row['provides'] ),
			'price'     => treatment_compare_clean_text( isset( $row['price'] ) ? $row['price'] : '' ),
			'wait'      => treatment_compare_clean_text( isset( $row['wait'] ) ? $row['wait'] : '' ),
			'insurance' => treatment_compare_clean_text( isset( $row['insurance'] ) ? $row['insurance'] : '', true ),
			'offered'   => isset( $row['offered'] ) && in_array( $row['offered'], array( 'yes', 'no' ), true ) ? $row['offered'] : '',
		);
	}
	$clinic = treatment_compare_clinic_from_form( $form );
	$errors = $clinic ? treatment_compare_validate_clinic( $clinic ) : array();
	foreach ( $errors as $index => $error ) {
		add_settings_error( TREATMENT_COMPARE_OPTION, 'treatment-compare-' . $index, treatment_compare_error_in_form( $error ), 'error' );
	}
	if ( $errors ) {
		add_settings_error( TREATMENT_COMPARE_OPTION, 'treatment-compare-refused', __( 'Nothing was saved: correct the problems above. The facts saved before are still shown on your pages.', 'treatment-compare' ), 'error' );
		// Shown again in the form (for this user, for five minutes) so nothing typed is lost.
		set_transient( 'treatment_compare_refused_' . get_current_user_id(), $form, 5 * MINUTE_IN_SECONDS );
	}
	$done = $errors ? ( is_array( $previous ) ? $previous : array() ) : $form;
	return $done;
}

/**
 * The form.
 */
function treatment_compare_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$key     = 'treatment_compare_refused_' . get_current_user_id();
	$refused = get_transient( $key );
	delete_transient( $key );
	$form = is_array( $refused ) ? $refused : get_option( TREATMENT_COMPARE_OPTION, array() );
	$form = is_array( $form ) ? $form : array();
	$val  = static function ( $name ) use ( $form ) {
		return isset( $form[ $name ] ) ? (string) $form[ $name ] : '';
	};
	$base = TREATMENT_COMPARE_OPTION;
	?>
	<div class="wrap">
		<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<p><?php esc_html_e( 'Your clinic\'s own facts, shown after the cited comparison, labelled as yours and dated. When your clinic provides an option, the comparison says so at the top: this disclosure cannot be turned off.', 'treatment-compare' ); ?></p>
		<p><?php esc_html_e( 'Leave every field empty to show the comparison without clinic facts. Place it with the "Treatment comparison" block or the [treatment_compare] shortcode.', 'treatment-compare' ); ?></p>
		<form method="post" action="options.php" novalidate>
			<?php settings_fields( 'treatment_compare' ); ?>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><label for="tc-name"><?php esc_html_e( 'Clinic name', 'treatment-compare' ); ?></label></th>
					<td><input type="text" class="regular-text" id="tc-name" name="<?php echo esc_attr( $base ); ?>[name]" value="<?php echo esc_attr( $val( 'name' ) ); ?>" maxlength="200"></td>
				</tr>
				<tr>
					<th scope="row"><label for="tc-contact-label"><?php esc_html_e( 'Contact link text', 'treatment-compare' ); ?></label></th>
					<td><input type="text" class="regular-text" id="tc-contact-label" name="<?php echo esc_attr( $base ); ?>[contact_label]" value="<?php echo esc_attr( $val( 'contact_label' ) ); ?>" placeholder="<?php esc_attr_e( 'Book a visit', 'treatment-compare' ); ?>"></td>
				</tr>
				<tr>
					<th scope="row"><label for="tc-contact-url"><?php esc_html_e( 'Contact link', 'treatment-compare' ); ?></label></th>
					<td><input type="url" class="regular-text code" id="tc-contact-url" name="<?php echo esc_attr( $base ); ?>[contact_url]" value="<?php echo esc_attr( $val( 'contact_url' ) ); ?>" placeholder="https://"></td>
				</tr>
				<tr>
					<th scope="row"><label for="tc-checked"><?php esc_html_e( 'Date these facts were checked', 'treatment-compare' ); ?></label></th>
					<td><input type="date" id="tc-checked" name="<?php echo esc_attr( $base ); ?>[checked]" value="<?php echo esc_attr( $val( 'checked' ) ); ?>" aria-describedby="tc-checked-help">
						<p class="description" id="tc-checked-help"><?php esc_html_e( 'Shown with the facts. YYYY-MM-DD.', 'treatment-compare' ); ?></p></td>
				</tr>
			</table>
			<?php
			foreach ( treatment_compare_choices( treatment_compare_rules()['options'] ) as $option ) :
				$id   = $option['id'];
				$row  = isset( $form['options'][ $id ] ) && is_array( $form['options'][ $id ] ) ? $form['options'][ $id ] : array();
				$cell = static function ( $name ) use ( $row ) {
					return isset( $row[ $name ] ) ? (string) $row[ $name ] : '';
				};
				$name = $base . '[options][' . $id . ']';
				$dom  = 'tc-' . $id;
				?>
				<fieldset class="tc-option">
					<h2><?php echo esc_html( $option['label'] ); ?></h2>
					<table class="form-table" role="presentation">
						<tr>
							<th scope="row"><?php esc_html_e( 'Your clinic provides it', 'treatment-compare' ); ?></th>
							<td><label><input type="checkbox" name="<?php echo esc_attr( $name ); ?>[provides]" value="1" <?php checked( ! empty( $row['provides'] ) ); ?>> <?php esc_html_e( 'Yes (adds the disclosure)', 'treatment-compare' ); ?></label></td>
						</tr>
						<tr>
							<th scope="row"><label for="<?php echo esc_attr( $dom ); ?>-price"><?php esc_html_e( 'Price', 'treatment-compare' ); ?></label></th>
							<td><input type="text" class="regular-text" id="<?php echo esc_attr( $dom ); ?>-price" name="<?php echo esc_attr( $name ); ?>[price]" value="<?php echo esc_attr( $cell( 'price' ) ); ?>"></td>
						</tr>
						<tr>
							<th scope="row"><label for="<?php echo esc_attr( $dom ); ?>-wait"><?php esc_html_e( 'Wait', 'treatment-compare' ); ?></label></th>
							<td><input type="text" class="regular-text" id="<?php echo esc_attr( $dom ); ?>-wait" name="<?php echo esc_attr( $name ); ?>[wait]" value="<?php echo esc_attr( $cell( 'wait' ) ); ?>"></td>
						</tr>
						<tr>
							<th scope="row"><label for="<?php echo esc_attr( $dom ); ?>-insurance"><?php esc_html_e( 'Insurance', 'treatment-compare' ); ?></label></th>
							<td><textarea class="large-text" rows="2" id="<?php echo esc_attr( $dom ); ?>-insurance" name="<?php echo esc_attr( $name ); ?>[insurance]"><?php echo esc_textarea( $cell( 'insurance' ) ); ?></textarea></td>
						</tr>
						<tr>
							<th scope="row"><label for="<?php echo esc_attr( $dom ); ?>-offered"><?php esc_html_e( 'Offered here', 'treatment-compare' ); ?></label></th>
							<td><select id="<?php echo esc_attr( $dom ); ?>-offered" name="<?php echo esc_attr( $name ); ?>[offered]">
								<option value="" <?php selected( $cell( 'offered' ), '' ); ?>><?php esc_html_e( 'Not said', 'treatment-compare' ); ?></option>
								<option value="yes" <?php selected( $cell( 'offered' ), 'yes' ); ?>><?php esc_html_e( 'Yes', 'treatment-compare' ); ?></option>
								<option value="no" <?php selected( $cell( 'offered' ), 'no' ); ?>><?php esc_html_e( 'No', 'treatment-compare' ); ?></option>
							</select></td>
						</tr>
					</table>
				</fieldset>
			<?php endforeach; ?>
			<?php submit_button(); ?>
		</form>
	</div>
	<?php
}
