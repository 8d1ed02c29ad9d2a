// Applied at every start (all statements are IF NOT EXISTS, so this is idempotent).
// Uniqueness constraints on every id: MERGE on a pre-generated id makes writes retry-safe.
CREATE CONSTRAINT user_id IF NOT EXISTS FOR (n:User) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT user_username IF NOT EXISTS FOR (n:User) REQUIRE n.username IS UNIQUE;
CREATE CONSTRAINT session_id IF NOT EXISTS FOR (n:Session) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT login_throttle_key IF NOT EXISTS FOR (n:LoginThrottle) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT board_id IF NOT EXISTS FOR (n:Board) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT group_id IF NOT EXISTS FOR (n:Group) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT community_id IF NOT EXISTS FOR (n:Community) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT area_id IF NOT EXISTS FOR (n:Area) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT report_id IF NOT EXISTS FOR (n:SituationReport) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agency_id IF NOT EXISTS FOR (n:Agency) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT contact_id IF NOT EXISTS FOR (n:AgencyContact) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT factor_id IF NOT EXISTS FOR (n:Factor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT factor_key IF NOT EXISTS FOR (n:Factor) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT assessment_id IF NOT EXISTS FOR (n:FactorAssessment) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT intervention_id IF NOT EXISTS FOR (n:Intervention) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT followup_id IF NOT EXISTS FOR (n:FollowUp) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT commitment_id IF NOT EXISTS FOR (n:Commitment) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT audit_id IF NOT EXISTS FOR (n:AuditEvent) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT revision_id IF NOT EXISTS FOR (n:TieRevision) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT migration_id IF NOT EXISTS FOR (n:Migration) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT tie_id IF NOT EXISTS FOR ()-[r:TIE]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT membership_id IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT grouplink_id IF NOT EXISTS FOR ()-[r:GROUP_LINK]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT participation_id IF NOT EXISTS FOR ()-[r:PARTICIPATES_IN]-() REQUIRE r.id IS UNIQUE;
// Indexes the queries need.
CREATE INDEX audit_at IF NOT EXISTS FOR (n:AuditEvent) ON (n.at);
// No index on AuditEvent.personIds: a range index holds a list as one key of at most ~8 KB, so it
// refused every access-log row naming more than ~190 people (any read of a larger board), and
// `$id IN a.personIds` cannot use it anyway (migration 0003 drops it where it exists).
CREATE INDEX session_expires IF NOT EXISTS FOR (n:Session) ON (n.expiresAt);
CREATE INDEX login_throttle_last IF NOT EXISTS FOR (n:LoginThrottle) ON (n.lastFailureAt);
CREATE INDEX revision_tie IF NOT EXISTS FOR (n:TieRevision) ON (n.tieId);
CREATE INDEX report_week IF NOT EXISTS FOR (n:SituationReport) ON (n.week);
CREATE INDEX assessment_on IF NOT EXISTS FOR (n:FactorAssessment) ON (n.assessedOn);
// Area levels, readiness alerts, meetings and what they decide (issue 7).
CREATE CONSTRAINT level_change_id IF NOT EXISTS FOR (n:AreaLevelChange) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT alert_id IF NOT EXISTS FOR (n:ReadinessAlert) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT readiness_team_key IF NOT EXISTS FOR (n:ReadinessTeam) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT decision_id IF NOT EXISTS FOR (n:Decision) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT action_item_id IF NOT EXISTS FOR (n:ActionItem) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT notification_id IF NOT EXISTS FOR (n:Notification) REQUIRE n.id IS UNIQUE;
CREATE INDEX notification_key IF NOT EXISTS FOR (n:Notification) ON (n.kind, n.alertId, n.userId);
CREATE INDEX alert_raised IF NOT EXISTS FOR (n:ReadinessAlert) ON (n.raisedAt);
CREATE INDEX report_created IF NOT EXISTS FOR (n:SituationReport) ON (n.createdAt);
// Consents and shared information (issue 6): every consent-based datum is checked by looking its
// consent up by id, in the same query that reads it.
CREATE CONSTRAINT consent_id IF NOT EXISTS FOR (n:Consent) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT information_id IF NOT EXISTS FOR (n:SharedInformation) REQUIRE n.id IS UNIQUE;
