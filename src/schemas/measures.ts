/**
 * The measures of dossiers.csv and online_services.csv: the only values the `measure` column accepts; a
 * `<measure>_pct` code is the stated share of `<measure>`. Their labels are in the message catalogue
 * (`measure.dossier.<code>`, `measure.online.<code>`; src/i18n/labels.ts measureLabel).
 */

export const DOSSIER_MEASURES = [
  "received", "received_new", "carried_over", "resolved", "resolved_early", "resolved_on_time",
  "resolved_on_time_incl_early", "resolved_late", "pending", "pending_within_deadline", "pending_overdue",
  "withdrawn", "returned_rejected", "received_online", "received_in_person", "received_postal", "returned_postal",
  "interconnected", "interconnected_birth_residence_hi", "interconnected_death_residence_funeral",
  "entered_in_software", "e_certified", "resolved_on_time_incl_early_pct", "resolved_on_time_pct",
  "resolved_early_pct", "resolved_late_pct", "resolved_pct", "received_online_pct", "entered_in_software_pct",
  "interconnected_birth", "interconnected_death", "interconnected_funeral_allowance",
  "received_business_registration", "received_business_registration_new", "received_business_registration_change",
  "received_business_registration_termination", "received_business_registration_reissue",
  "received_business_registration_suspension", "received_cooperative_registration", "received_pct",
  "received_in_person_pct", "pending_pct",
] as const;

export const ONLINE_MEASURES = [
  "procedures_in_force", "procedures_reviewed", "procedures_published", "procedures_published_new",
  "procedures_published_amended", "procedures_published_abolished", "procedures_publicized", "procedure_fields",
  "procedure_publication_decisions", "decisions_issued", "decisions_issued_internal_process",
  "procedures_internal_process_approved", "procedures_in_software", "procedures_entered_in_software_pct",
  "procedures_one_stop_pct", "procedures_one_stop", "procedures_interconnected",
  "procedures_interconnected_same_level", "procedures_interconnected_between_levels",
  "procedure_groups_interconnected", "procedures_police_at_one_stop", "procedures_military_at_one_stop",
  "procedures_online_min_level2_pct", "procedures_online_level3", "procedures_online_level4",
  "procedures_online_level3_4", "procedures_online_full", "procedures_online_partial", "procedures_postal_bcci",
  "procedures_postal_bcci_used", "dossiers_online", "dossiers_postal_bcci", "dossiers_online_pct",
  "procedures_abolished", "procedures_amended", "procedures_in_force_decrease_vs_prev_year", "procedures_iso",
  "procedures_iso_pct", "procedures_not_iso", "procedures_not_iso_pct", "procedures_online_full_pct",
  "procedures_online_partial_pct", "procedures_postal_bcci_pct", "procedures_qr_code", "procedures_vertical_agency",
  "procedures_vertical_agency_bhxh", "procedures_vertical_agency_military",
] as const;

export type DossierMeasure = (typeof DOSSIER_MEASURES)[number];
export type OnlineMeasure = (typeof ONLINE_MEASURES)[number];
