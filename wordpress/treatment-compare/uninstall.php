<?php
/**
 * Removes what the plugin stored: the clinic's facts (one option) and any form kept after a refused save.
 * Nothing about visitors is ever stored.
 *
 * @package TreatmentCompare
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'treatment_compare_clinic' );
delete_site_option( 'treatment_compare_clinic' );
global $wpdb;
// Refused forms are kept as transients for five minutes, one per user: remove any left.
$wpdb->query( "DELETE FROM {$wpdb->options} WHERE option_name LIKE '\\_transient\\_treatment\\_compare\\_refused\\_%' OR option_name LIKE '\\_transient\\_timeout\\_treatment\\_compare\\_refused\\_%'" ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
