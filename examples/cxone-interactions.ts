// The CXone way to "list recent interactions with their participants" (what Genesys Cloud does with one
// `GET /api/v2/analytics/conversations/details/query`): CXone has no single call for it, so combine the two families
// that hold interactions:
//   - reporting: completed ACD contacts (voice, chat, email, work items) with the agent who handled each
//     (`GET /inContactAPI/services/v34.0/contacts/completed`: agentId, firstName, lastName, fromAddress, toAddress);
//   - digital (Digital First Omnichannel, on the digital host api-de-{area}.{domain}): digital contacts (cases) with
//     their customer and the agents they are assigned to (`GET /dfo/3.0/contacts`).
// Same env vars as cxone-agents.ts: npx tsx examples/cxone-interactions.ts (`npm run demo` runs it in the sandbox).
import { createCxoneClient, type CxoneClient } from '@ccaas/nice-cxone';
import { adminApi } from '@ccaas/nice-cxone/admin';
import { digitalApi } from '@ccaas/nice-cxone/digital';
import { reportingApi } from '@ccaas/nice-cxone/reporting';
import { cxoneConfigFromEnv } from './cxone-agents.js';
import { isEntryPoint, runFromCommandLine, createDemoReport } from './demo-report.js';

export interface InteractionParticipant {
  role: 'agent' | 'customer';
  /** The agent's name, or the customer's name or address (phone number, email, chat handle). */
  name: string;
  /** The agent id (ACD) or the digital user id of an agent; the customer's id on the digital platform. */
  id?: string;
}

export interface RecentInteraction {
  /** `acd:<contactId>` or `digital:<contact id>`. */
  id: string;
  family: 'reporting' | 'digital';
  /** Media type (ACD: Phone Call, Chat, Email, ...; digital: the channel id). */
  channel: string;
  startedAt: string;
  participants: InteractionParticipant[];
}

/**
 * The most recent interactions of both families since `since`, newest first, each with its participants: the ACD
 * contacts completed in [since, now) and the digital contacts (both hosts, one client, one token).
 */
export async function listRecentInteractions(client: CxoneClient, options: { since: Date; limit?: number }): Promise<RecentInteraction[]> {
  const limit = options.limit ?? 25;
  const [completed, digital] = await Promise.all([
    reportingApi(client).GET('/inContactAPI/services/v34.0/contacts/completed', {
      params: { query: { startDate: options.since.toISOString(), endDate: new Date().toISOString(), top: limit, orderBy: 'contactStartDate desc' } },
    }),
    digitalApi(client).GET('/dfo/3.0/contacts', { params: { query: { 'status[]': ['new', 'open', 'pending', 'escalated', 'resolved', 'closed'] } } }),
  ]);
  const acd: RecentInteraction[] = (completed.data?.completedContacts ?? []).map((contact) => ({
    id: `acd:${contact.contactId ?? '?'}`,
    family: 'reporting',
    channel: contact.mediaTypeName ?? String(contact.mediaTypeId ?? 'unknown'),
    startedAt: contact.contactStartDate ?? '',
    participants: [
      ...(contact.agentId === undefined
        ? []
        : [{ role: 'agent' as const, id: String(contact.agentId), name: `${contact.firstName ?? ''} ${contact.lastName ?? ''}`.trim() || String(contact.agentId) }]),
      // The customer's side is the caller of an inbound contact and the called party of an outbound one.
      ...[contact.isOutbound ? contact.toAddress : contact.fromAddress].filter((address): address is string => Boolean(address)).map((address) => ({ role: 'customer' as const, name: address })),
    ],
  }));
  const cases: RecentInteraction[] = (digital.data?.data ?? [])
    .filter((contact) => contact.createdAt === undefined || Date.parse(contact.createdAt) >= options.since.getTime())
    .map((contact) => {
      const agents = [contact.ownerAssigneeUser, contact.inboxAssigneeUser].filter((user, index, all) => user !== undefined && all.findIndex((u) => u?.id === user.id) === index);
      const customer = contact.endUser;
      return {
        id: `digital:${contact.id ?? contact.contactId ?? '?'}`,
        family: 'digital',
        channel: contact.channelId ?? 'digital',
        startedAt: contact.createdAt ?? '',
        participants: [
          ...agents.map((user) => ({ role: 'agent' as const, id: String(user!.id), name: `${user!.firstName} ${user!.surname}`.trim() })),
          ...(customer === undefined ? [] : [{ role: 'customer' as const, id: customer.id, name: customer.fullName ?? (`${customer.firstName ?? ''} ${customer.surname ?? ''}`.trim() || customer.id) }]),
        ],
      };
    });
  const recent = [...acd, ...cases].sort((a, b) => b.startedAt.localeCompare(a.startedAt)).slice(0, limit);
  await nameAcdAgents(client, recent);
  return recent;
}

/** Completed contacts may carry only the agent id: names them from the admin family, one lookup per agent. */
async function nameAcdAgents(client: CxoneClient, interactions: RecentInteraction[]): Promise<void> {
  const unnamed = interactions.flatMap((i) => (i.family === 'reporting' ? i.participants : [])).filter((p) => p.role === 'agent' && p.name === p.id);
  const ids = [...new Set(unnamed.map((p) => p.id!))];
  const names = new Map<string, string>();
  await Promise.all(
    ids.map(async (agentId) => {
      const { data } = await adminApi(client).GET('/inContactAPI/services/v34.0/agents/{agentId}', { params: { path: { agentId } } });
      const agent = data?.agents?.[0];
      const name = `${agent?.firstName ?? ''} ${agent?.lastName ?? ''}`.trim();
      if (name !== '') names.set(agentId, name);
    }),
  );
  for (const participant of unnamed) participant.name = names.get(participant.id!) ?? participant.name;
}

if (isEntryPoint(import.meta.url)) {
  await runFromCommandLine(async () => {
    const report = createDemoReport('[cxone]');
    const client = createCxoneClient(cxoneConfigFromEnv());
    const interactions = await listRecentInteractions(client, { since: new Date(Date.now() - 86_400_000) });
    for (const interaction of interactions) {
      const who = interaction.participants.map((p) => `${p.role} ${p.name}`).join(', ');
      report.log(`${interaction.startedAt} ${interaction.id} (${interaction.channel}): ${who || 'no participants recorded'}`);
    }
    report.log(`recent interactions: ${interactions.length}`);
    return report;
  });
}
