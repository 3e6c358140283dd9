import type { components as AdminComponents } from '@ccaas/nice-cxone/admin';
import type { components as RealtimeComponents } from '@ccaas/nice-cxone/realtime';
import type { components as ReportingComponents } from '@ccaas/nice-cxone/reporting';
import { createSeededRandom, pick, seededUuid } from './seeded-random.js';

/** The models of the families the fixtures feed (admin, real-time, reporting). */
type Schemas = AdminComponents['schemas'] & RealtimeComponents['schemas'] & ReportingComponents['schemas'];

/**
 * The business unit a simulated NICE CXone tenant serves, in the shapes of the spec. Fields the spec types but the
 * fixture has no value for are absent (the spec declares no nulls). Agents and teams carry numeric ids, as responses do.
 */
export interface CxoneFixtures {
  businessUnitId: number;
  agents: Schemas['Agent'][];
  agentStates: Schemas['AgentState'][];
  teams: Schemas['Team'][];
  /** Full skill records (GET /skills/{skillId}); GET /skills lists a subset of their fields. */
  skills: Schemas['SkillDetails'][];
  activeContacts: Schemas['ActiveContact'][];
  completedContacts: Schemas['CompletedContact'][];
}

export interface CxoneFixtureOptions {
  /** Same seed, same data; default 1. */
  seed?: number;
  /** Default 120 (some inactive). */
  agentCount?: number;
  /** Contacts are placed in the hours before this epoch-ms instant. */
  now: number;
}

const firstNames = ['Maya', 'Omar', 'Lena', 'Ravi', 'Sofia', 'Jonas', 'Amara', 'Kenji', 'Noor', 'Elena', 'Tomas', 'Priya'];
const lastNames = ['Okafor', 'Lindqvist', 'Haddad', 'Moreau', 'Tanaka', 'Silva', 'Novak', 'Kowalski', 'Osei', 'Reyes'];
const stateNames = ['Available', 'Unavailable', 'InboundContact', 'OutboundContact', 'LoggedOut', 'LoggedIn'] as const;
const mediaTypes = [
  { id: 4, name: 'Call' },
  { id: 1, name: 'Email' },
  { id: 3, name: 'Chat' },
  { id: 6, name: 'Work Item' },
];

export function createCxoneFixtures(options: CxoneFixtureOptions): CxoneFixtures {
  const random = createSeededRandom(options.seed ?? 1);
  const agentCount = options.agentCount ?? 120;
  const businessUnitId = 4_600_001;
  const baseDate = Date.UTC(2026, 0, 5, 9, 0, 0);
  const iso = (ms: number) => new Date(ms).toISOString();

  const teams: Schemas['Team'][] = ['Inbound', 'Outbound', 'Chat', 'Escalations', 'Back Office', 'Retired'].map((name, index) => ({
    teamId: 2_001 + index,
    teamName: name,
    isActive: name !== 'Retired',
    description: `${name} team`,
    agentCount: 0,
    teamUuid: seededUuid(random),
    lastUpdateTime: iso(baseDate - (index + 1) * 86_400_000),
  }));

  const agents: Schemas['Agent'][] = Array.from({ length: agentCount }, (_, index) => {
    const team = teams[index % (teams.length - 1)] as Schemas['Team'];
    const firstName = pick(random, firstNames);
    const lastName = pick(random, lastNames);
    const agentId = 1_001 + index;
    team.agentCount = (team.agentCount ?? 0) + 1;
    return {
      agentId,
      userName: `${firstName}.${lastName}.${agentId}@example.com`.toLowerCase(),
      firstName,
      lastName,
      userID: seededUuid(random),
      emailAddress: `${firstName}.${lastName}@example.com`.toLowerCase(),
      isActive: index % 10 !== 9,
      teamId: team.teamId,
      teamName: team.teamName,
      isSupervisor: index % 15 === 0,
      lastLogin: iso(baseDate + Math.floor(random() * 86_400_000)),
      lastUpdated: iso(baseDate - Math.floor(random() * 30 * 86_400_000)),
      profileId: 1,
      profileName: 'Agent',
      timeZone: 'UTC',
      locked: false,
      teamUuId: team.teamUuid,
    };
  });

  const skills: Schemas['SkillDetails'][] = ['General Inquiry', 'Billing', 'Tech Support', 'Sales Chat', 'Email Care', 'Collections', 'Callbacks', 'VIP', 'Spanish', 'Surveys'].map(
    (skillName, index) => {
      const media = mediaTypes[index % mediaTypes.length] as (typeof mediaTypes)[number];
      const isOutbound = skillName === 'Collections' || skillName === 'Callbacks';
      return {
        skillId: 3_001 + index,
        skillName,
        mediaTypeId: media.id,
        mediaTypeName: media.name,
        isActive: true,
        isOutbound,
        ...(isOutbound ? { outboundStrategy: 'Personal Connection' } : {}),
        serviceLevelGoal: 80,
        serviceLevelThreshold: 30,
      };
    },
  );

  const active = agents.filter((a) => a.isActive);
  let contactSequence = 9_000_000_000;
  const activeContacts: Schemas['ActiveContact'][] = Array.from({ length: 15 }, () => {
    const skill = pick(random, skills);
    const agent = random() < 0.8 ? pick(random, active) : undefined;
    contactSequence += 1 + Math.floor(random() * 50);
    const startedAt = options.now - Math.floor(random() * 1_800_000);
    return {
      contactId: contactSequence,
      masterContactId: contactSequence,
      ...(agent ? { agentId: agent.agentId, teamId: agent.teamId, teamName: agent.teamName } : {}),
      skillId: skill.skillId,
      skillName: skill.skillName,
      stateId: agent ? 4 : 3,
      stateName: agent ? 'Active' : 'Inqueue',
      contactStateCategory: agent ? 'With Agent' : 'In Queue',
      mediaTypeId: skill.mediaTypeId,
      mediaTypeName: skill.mediaTypeName,
      fromAddress: `+1555${String(Math.floor(random() * 10_000_000)).padStart(7, '0')}`,
      toAddress: '+18005550100',
      isOutbound: skill.isOutbound,
      // NICE's v34 document types contactStartDate of active contacts as a number (epoch milliseconds here).
      contactStartDate: startedAt,
      lastUpdateTime: iso(startedAt),
    };
  });

  const completedContacts: Schemas['CompletedContact'][] = Array.from({ length: 40 }, () => {
    const skill = pick(random, skills);
    const agent = pick(random, active);
    const abandoned = random() < 0.1;
    contactSequence += 1 + Math.floor(random() * 50);
    const inQueueSeconds = Math.round(random() * 120);
    const agentSeconds = abandoned ? 0 : Math.round(60 + random() * 600);
    const acwSeconds = abandoned ? 0 : Math.round(random() * 90);
    const startedAt = iso(options.now - 3_600_000 - Math.floor(random() * 20 * 3_600_000));
    return {
      contactId: contactSequence,
      masterContactId: contactSequence,
      ...(abandoned ? {} : { agentId: agent.agentId, teamId: agent.teamId, teamName: agent.teamName }),
      skillId: skill.skillId,
      skillName: skill.skillName,
      mediaTypeId: skill.mediaTypeId,
      mediaTypeName: skill.mediaTypeName,
      isOutbound: skill.isOutbound,
      abandoned,
      acwSeconds,
      agentSeconds,
      inQueueSeconds,
      holdSeconds: 0,
      totalDurationSeconds: inQueueSeconds + agentSeconds + acwSeconds,
      endReason: abandoned ? 'Contact Hung Up' : 'Agent Disconnected',
      ...(abandoned ? {} : { primaryDispositionId: 1 }),
      contactStartDate: startedAt,
      lastUpdateTime: iso(Date.parse(startedAt) + (inQueueSeconds + agentSeconds + acwSeconds) * 1000),
    };
  });

  const agentStates: Schemas['AgentState'][] = agents.map((agent) => {
    const stateName = agent.isActive ? pick(random, stateNames) : 'LoggedOut';
    const contact = stateName === 'InboundContact' ? activeContacts.find((c) => c.agentId === agent.agentId) : undefined;
    return {
      agentId: agent.agentId,
      agentStateId: stateNames.indexOf(stateName as (typeof stateNames)[number]) + 1,
      agentStateName: stateName,
      ...(contact ? { contactId: contact.contactId, skillId: contact.skillId, skillName: contact.skillName } : {}),
      isACW: false,
      ...(stateName === 'Unavailable' ? { outStateId: 7, outStateDescription: 'Lunch' } : {}),
      firstName: agent.firstName,
      lastName: agent.lastName,
      userName: agent.userName,
      teamId: agent.teamId,
      teamName: agent.teamName,
      lastUpdateTime: iso(options.now - Math.floor(random() * 3_600_000)),
    };
  });

  return { businessUnitId, agents, agentStates, teams, skills, activeContacts, completedContacts };
}
