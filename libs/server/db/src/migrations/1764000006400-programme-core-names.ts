import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The programme core's tables were renamed in place (1764000005000); their
 * keys, checks and foreign keys kept step 1's names (cohort_participant_pkey,
 * meeting_cohort_id_fkey, ...). They get the names of the tables and columns
 * they belong to now, so an error message or a query plan says what it is about.
 * Renaming a constraint renames its index with it; no row is touched.
 */
export class ProgrammeCoreNames1764000006400 implements MigrationInterface {
  name = 'ProgrammeCoreNames1764000006400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      alter table programme_group rename constraint cohort_check to programme_group_dates_check;
      alter table programme_group rename constraint cohort_coordinator_user_id_fkey to programme_group_coordinator_user_id_fkey;
      alter table programme_group rename constraint cohort_partner_id_fkey to programme_group_partner_id_fkey;
      alter table programme_group rename constraint cohort_pkey to programme_group_pkey;
      alter table programme_group rename constraint cohort_status_check to programme_group_status_check;
      alter table enrolment rename constraint cohort_participant_adviser_user_id_fkey to enrolment_adviser_user_id_fkey;
      alter table enrolment rename constraint cohort_participant_cohort_id_fkey to enrolment_group_id_fkey;
      alter table enrolment rename constraint cohort_participant_organisation_id_fkey to enrolment_organisation_id_fkey;
      alter table enrolment rename constraint cohort_participant_partner_id_fkey to enrolment_partner_id_fkey;
      alter table enrolment rename constraint cohort_participant_pkey to enrolment_pkey;
      alter table group_staff rename constraint cohort_adviser_check to group_staff_trainee_has_mentor;
      alter table group_staff rename constraint cohort_adviser_check1 to group_staff_not_own_mentor;
      alter table group_staff rename constraint cohort_adviser_cohort_id_fkey to group_staff_group_id_fkey;
      alter table group_staff rename constraint cohort_adviser_mentor_user_id_fkey to group_staff_mentor_user_id_fkey;
      alter table group_staff rename constraint cohort_adviser_partner_id_fkey to group_staff_partner_id_fkey;
      alter table group_staff rename constraint cohort_adviser_pkey to group_staff_pkey;
      alter table group_staff rename constraint cohort_adviser_user_id_fkey to group_staff_user_id_fkey;
      alter table group_invitation rename constraint cohort_invitation_cohort_id_fkey to group_invitation_group_id_fkey;
      alter table group_invitation rename constraint cohort_invitation_invited_by_fkey to group_invitation_invited_by_fkey;
      alter table group_invitation rename constraint cohort_invitation_organisation_id_fkey to group_invitation_organisation_id_fkey;
      alter table group_invitation rename constraint cohort_invitation_participant_id_fkey to group_invitation_enrolment_id_fkey;
      alter table group_invitation rename constraint cohort_invitation_partner_id_fkey to group_invitation_partner_id_fkey;
      alter table group_invitation rename constraint cohort_invitation_pkey to group_invitation_pkey;
      alter table group_invitation rename constraint cohort_invitation_token_hash_key to group_invitation_token_hash_key;
      alter table programme_session rename constraint meeting_cohort_id_fkey to programme_session_group_id_fkey;
      alter table programme_session rename constraint meeting_partner_id_fkey to programme_session_partner_id_fkey;
      alter table programme_session rename constraint meeting_pkey to programme_session_pkey;
      alter table session_attendance rename constraint meeting_attendance_meeting_id_fkey to session_attendance_session_id_fkey;
      alter table session_attendance rename constraint meeting_attendance_organisation_id_fkey to session_attendance_organisation_id_fkey;
      alter table session_attendance rename constraint meeting_attendance_participant_id_fkey to session_attendance_enrolment_id_fkey;
      alter table session_attendance rename constraint meeting_attendance_partner_id_fkey to session_attendance_partner_id_fkey;
      alter table session_attendance rename constraint meeting_attendance_pkey to session_attendance_pkey;
      alter table jury_member rename constraint jury_member_cohort_id_fkey to jury_member_group_id_fkey;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      alter table programme_group rename constraint programme_group_dates_check to cohort_check;
      alter table programme_group rename constraint programme_group_coordinator_user_id_fkey to cohort_coordinator_user_id_fkey;
      alter table programme_group rename constraint programme_group_partner_id_fkey to cohort_partner_id_fkey;
      alter table programme_group rename constraint programme_group_pkey to cohort_pkey;
      alter table programme_group rename constraint programme_group_status_check to cohort_status_check;
      alter table enrolment rename constraint enrolment_adviser_user_id_fkey to cohort_participant_adviser_user_id_fkey;
      alter table enrolment rename constraint enrolment_group_id_fkey to cohort_participant_cohort_id_fkey;
      alter table enrolment rename constraint enrolment_organisation_id_fkey to cohort_participant_organisation_id_fkey;
      alter table enrolment rename constraint enrolment_partner_id_fkey to cohort_participant_partner_id_fkey;
      alter table enrolment rename constraint enrolment_pkey to cohort_participant_pkey;
      alter table group_staff rename constraint group_staff_trainee_has_mentor to cohort_adviser_check;
      alter table group_staff rename constraint group_staff_not_own_mentor to cohort_adviser_check1;
      alter table group_staff rename constraint group_staff_group_id_fkey to cohort_adviser_cohort_id_fkey;
      alter table group_staff rename constraint group_staff_mentor_user_id_fkey to cohort_adviser_mentor_user_id_fkey;
      alter table group_staff rename constraint group_staff_partner_id_fkey to cohort_adviser_partner_id_fkey;
      alter table group_staff rename constraint group_staff_pkey to cohort_adviser_pkey;
      alter table group_staff rename constraint group_staff_user_id_fkey to cohort_adviser_user_id_fkey;
      alter table group_invitation rename constraint group_invitation_group_id_fkey to cohort_invitation_cohort_id_fkey;
      alter table group_invitation rename constraint group_invitation_invited_by_fkey to cohort_invitation_invited_by_fkey;
      alter table group_invitation rename constraint group_invitation_organisation_id_fkey to cohort_invitation_organisation_id_fkey;
      alter table group_invitation rename constraint group_invitation_enrolment_id_fkey to cohort_invitation_participant_id_fkey;
      alter table group_invitation rename constraint group_invitation_partner_id_fkey to cohort_invitation_partner_id_fkey;
      alter table group_invitation rename constraint group_invitation_pkey to cohort_invitation_pkey;
      alter table group_invitation rename constraint group_invitation_token_hash_key to cohort_invitation_token_hash_key;
      alter table programme_session rename constraint programme_session_group_id_fkey to meeting_cohort_id_fkey;
      alter table programme_session rename constraint programme_session_partner_id_fkey to meeting_partner_id_fkey;
      alter table programme_session rename constraint programme_session_pkey to meeting_pkey;
      alter table session_attendance rename constraint session_attendance_session_id_fkey to meeting_attendance_meeting_id_fkey;
      alter table session_attendance rename constraint session_attendance_organisation_id_fkey to meeting_attendance_organisation_id_fkey;
      alter table session_attendance rename constraint session_attendance_enrolment_id_fkey to meeting_attendance_participant_id_fkey;
      alter table session_attendance rename constraint session_attendance_partner_id_fkey to meeting_attendance_partner_id_fkey;
      alter table session_attendance rename constraint session_attendance_pkey to meeting_attendance_pkey;
      alter table jury_member rename constraint jury_member_group_id_fkey to jury_member_cohort_id_fkey;
    `);
  }
}
