// Words the large synthetic spec is built from, in the style of Genesys Cloud's API groups, models and fields.

export const apiGroups = [
  'alerting', 'analytics', 'architect', 'authorization', 'billing', 'coaching', 'contentmanagement',
  'conversations', 'employeeengagement', 'externalcontacts', 'flows', 'gamification', 'groups', 'integrations',
  'journey', 'knowledge', 'languageunderstanding', 'learning', 'locations', 'notifications', 'organizations',
  'outbound', 'presence', 'processautomation', 'quality', 'recording', 'responsemanagement', 'routing', 'scripts',
  'speechandtextanalytics', 'taskmanagement', 'telephony', 'users', 'voicemail', 'webdeployments',
  'workforcemanagement',
] as const;

export const modelQualifiers = [
  '', 'Business', 'Contact', 'Custom', 'Default', 'Dynamic', 'External', 'Inbound', 'Language', 'Managed',
  'Outbound', 'Phone', 'Planning', 'Predictive', 'Public', 'Response', 'Routing', 'Shared', 'Time', 'Voice', 'Work',
] as const;

export const modelNouns = [
  'Agent', 'Assignment', 'Attribute', 'Bridge', 'Campaign', 'Category', 'Channel', 'Contact', 'Dataset',
  'Definition', 'Deployment', 'Document', 'Evaluation', 'Event', 'Extension', 'Flow', 'Form', 'Group', 'Intent',
  'Job', 'Journey', 'Label', 'Line', 'List', 'Location', 'Member', 'Message', 'Module', 'Policy', 'Profile',
  'Program', 'Prompt', 'Queue', 'Record', 'Rule', 'Schedule', 'Script', 'Segment', 'Sequence', 'Site', 'Skill',
  'Station', 'Survey', 'Tag', 'Team', 'Template', 'Topic', 'Trunk', 'Unit', 'Wrapup',
] as const;

export const fieldNames = [
  'autoAnswer', 'callerId', 'category', 'channel', 'color', 'dateEnd', 'dateStart', 'email', 'externalId',
  'languageCode', 'labels', 'maxCapacity', 'mediaTypes', 'memberCount', 'modifiedBy', 'notes', 'ownerId',
  'phoneNumber', 'priority', 'queueIds', 'region', 'retentionDays', 'score', 'skillIds', 'source', 'threshold',
  'timeZone', 'timeoutSeconds', 'weight', 'wrapupCodes', 'alertingTimeoutSeconds', 'enableTranscription',
  'acwTimeoutMs', 'bullseyeRings', 'callingPartyName', 'flowId', 'outboundEmailAddress', 'scriptId', 'suppressInQueueCallRecording',
] as const;

export const enumWords = [
  'active', 'inactive', 'deleted', 'pending', 'draft', 'published', 'archived', 'queued', 'running', 'complete',
  'failed', 'canceled', 'voice', 'chat', 'email', 'message', 'callback', 'video', 'low', 'medium', 'high',
  'critical', 'inbound', 'outbound', 'internal', 'external',
] as const;

export const expandWords = [
  'presence', 'routingStatus', 'division', 'members', 'settings', 'statistics', 'skills', 'languages', 'groups',
  'team', 'profileSkills', 'certifications', 'locations', 'station', 'authorization', 'outOfOffice', 'geolocation',
  'conversationSummary', 'lasttokenissued', 'dateLastLogin',
] as const;

export const ruleOperators = ['equals', 'notEquals', 'contains', 'greaterThan', 'lessThan', 'in'] as const;
