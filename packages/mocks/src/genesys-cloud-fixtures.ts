import type { components as ConversationsComponents } from '@ccaas/genesys-cloud/conversations';
import type { components as RoutingComponents } from '@ccaas/genesys-cloud/routing';
import type { components as UsersComponents } from '@ccaas/genesys-cloud/users';
import { createSeededRandom, pick, seededUuid } from './seeded-random.js';

type Schemas = UsersComponents['schemas'] & RoutingComponents['schemas'] & ConversationsComponents['schemas'];

/** Vendor models (optional fields as the vendor declares them) with the fields every simulated record has. */
export type FixtureUser = Schemas['User'] & { id: string; name: string };
export type FixtureQueue = Schemas['Queue'] & { id: string; name: string };
export type FixtureQueueMember = Schemas['QueueMember'] & { id: string };
export type FixtureConversation = Schemas['Conversation'] & { id: string };

/** The organization a simulated Genesys Cloud serves: users, queues and their members, conversations. */
export interface GenesysCloudFixtures {
  organization: Schemas['NamedEntity'] & { id: string; name: string };
  users: FixtureUser[];
  queues: FixtureQueue[];
  /** Queue id -> its members. */
  queueMembers: Map<string, FixtureQueueMember[]>;
  conversations: FixtureConversation[];
}

export interface GenesysCloudFixtureOptions {
  /** Same seed, same data; default 1. */
  seed?: number;
  /** Default 60 (a few inactive). */
  userCount?: number;
  /** Conversations are spread over the 24 hours before this epoch-ms instant. */
  now: number;
}

const firstNames = ['Ada', 'Grace', 'Alan', 'Edsger', 'Barbara', 'Donald', 'Frances', 'Ken', 'Margaret', 'Dennis', 'Radia', 'Tim'];
const lastNames = ['Lovelace', 'Hopper', 'Turing', 'Dijkstra', 'Liskov', 'Knuth', 'Allen', 'Thompson', 'Hamilton', 'Ritchie', 'Perlman', 'Berners-Lee'];
const systemPresences = ['Available', 'On Queue', 'Busy', 'Away', 'Break', 'Meal', 'Meeting', 'Training', 'Offline'];
const routingStates = ['OFF_QUEUE', 'IDLE', 'INTERACTING', 'NOT_RESPONDING', 'COMMUNICATING'] as const;
const queueNames = ['Support', 'Sales', 'Billing', 'Returns', 'VIP', 'Technical', 'Escalations', 'Callbacks'];
const departments = ['Customer Care', 'Sales', 'Finance', 'Operations'];

export function createGenesysCloudFixtures(options: GenesysCloudFixtureOptions): GenesysCloudFixtures {
  const random = createSeededRandom(options.seed ?? 1);
  const userCount = options.userCount ?? 60;
  const division = { id: seededUuid(random), name: 'Home', selfUri: '' };
  division.selfUri = `/api/v2/authorization/divisions/${division.id}`;
  const baseDate = Date.UTC(2026, 0, 5, 9, 0, 0);
  const teams = ['Blue', 'Green', 'Orange'].map((name) => ({ id: seededUuid(random), name: `Team ${name}` }));

  const users: FixtureUser[] = Array.from({ length: userCount }, (_, index) => {
    const id = seededUuid(random);
    const first = pick(random, firstNames);
    const last = pick(random, lastNames);
    const username = `${first}.${last}.${index + 1}@example.com`.toLowerCase();
    const modified = new Date(baseDate + Math.floor(random() * 86_400_000)).toISOString();
    return {
      id,
      name: `${first} ${last}`,
      division,
      chat: { jabberId: `${id.slice(0, 12)}@example.orgspan.com` },
      department: pick(random, departments),
      email: username,
      username,
      title: index % 10 === 0 ? 'Supervisor' : 'Agent',
      state: index % 12 === 11 ? 'inactive' : 'active',
      version: 1 + Math.floor(random() * 5),
      presence: {
        id: seededUuid(random),
        source: 'PURECLOUD',
        primary: true,
        presenceDefinition: { id: seededUuid(random), systemPresence: pick(random, systemPresences) },
        modifiedDate: modified,
      },
      routingStatus: { userId: id, status: pick(random, routingStates), startTime: modified },
      team: pick(random, teams),
      acdAutoAnswer: random() < 0.2,
      dateLastLogin: modified,
      selfUri: `/api/v2/users/${id}`,
    };
  });

  const queues: FixtureQueue[] = queueNames.map((name) => {
    const id = seededUuid(random);
    return {
      id,
      name,
      division,
      description: `${name} queue`,
      dateCreated: new Date(baseDate - 90 * 86_400_000).toISOString(),
      skillEvaluationMethod: pick(random, ['NONE', 'BEST', 'ALL'] as const),
      selfUri: `/api/v2/routing/queues/${id}`,
    };
  });

  const queueMembers = new Map<string, FixtureQueueMember[]>();
  for (const queue of queues) {
    const members = users
      .filter((user) => user.state === 'active' && random() < 0.45)
      .map((user) => ({
        id: user.id,
        name: user.name,
        user: { id: user.id, name: user.name, version: user.version },
        ringNumber: 1,
        joined: random() < 0.8,
        memberBy: 'user' as const,
        selfUri: `/api/v2/routing/queues/${queue.id}/members/${user.id}`,
      }));
    queueMembers.set(queue.id, members);
    queue.memberCount = members.length;
    queue.joinedMemberCount = members.filter((m) => m.joined).length;
  }

  const agents = users.filter((u) => u.state === 'active');
  const conversations: FixtureConversation[] = Array.from({ length: 40 }, () => {
    const id = seededUuid(random);
    const start = options.now - Math.floor(random() * 86_400_000);
    const end = start + 60_000 + Math.floor(random() * 900_000);
    const agent = pick(random, agents);
    const queue = pick(random, queues);
    const customerAddress = `tel:+1555${String(Math.floor(random() * 10_000_000)).padStart(7, '0')}`;
    return {
      id,
      startTime: new Date(start).toISOString(),
      endTime: new Date(end).toISOString(),
      address: customerAddress,
      state: 'disconnected',
      recordingState: 'NONE',
      maxParticipants: 3,
      participants: [
        // The vendor's Participant has no state of its own (its calls/chats/... carry one): a finished participant has an endTime.
        { id: seededUuid(random), purpose: 'customer', address: customerAddress, startTime: new Date(start).toISOString(), endTime: new Date(end).toISOString() },
        { id: seededUuid(random), purpose: 'acd', queueId: queue.id, name: queue.name, startTime: new Date(start).toISOString(), endTime: new Date(start + 20_000).toISOString() },
        {
          id: seededUuid(random),
          purpose: 'agent',
          userId: agent.id,
          name: agent.name,
          queueId: queue.id,
          startTime: new Date(start + 20_000).toISOString(),
          endTime: new Date(end).toISOString(),
        },
      ],
      divisions: [{ division: { id: division.id, name: division.name }, entities: [] }],
      selfUri: `/api/v2/conversations/${id}`,
    };
  });

  return { organization: { id: seededUuid(random), name: 'Sandbox Org' }, users, queues, queueMembers, conversations };
}
