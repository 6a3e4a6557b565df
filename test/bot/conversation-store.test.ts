import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatAddressId, deliveryId, type ChatAddress, type ChatDelivery } from '../../src/core/model/chat.js';
import { startTestCosmos, type TestCosmos } from '../support/cosmos.js';

const address = (schoolId: string, oid: string, name: string): ChatAddress => ({
  id: chatAddressId(oid), type: 'chatAddress', schoolId, tenantId: 't', oid, name, channelId: 'msteams',
  serviceUrl: 'https://smba.example/', channelUserId: `29:${oid}`, botId: '28:bot', updatedAt: '2026-01-01T00:00:00Z',
});
const delivery = (schoolId: string, recordId: string, oid: string): ChatDelivery => ({
  id: deliveryId('alert', recordId, oid), type: 'chatDelivery', schoolId, kind: 'alert', recordId, recordRef: 'C-AAAAAA',
  oid, state: 'pending', updatedAt: '2026-01-01T00:00:00Z',
});

describe('conversation store (Cosmos adapter)', () => {
  let cosmos: TestCosmos;
  beforeAll(async () => {
    cosmos = await startTestCosmos();
  });
  afterAll(() => cosmos.close());
  const store = () => cosmos.store.conversations;

  it('keeps the newest address per person, and each school’s addresses apart', async () => {
    await store().saveAddress(address('school-a', 'oid-1', 'Old name'));
    await store().saveAddress({ ...address('school-a', 'oid-1', 'New name'), conversationId: 'a:1' });
    await store().saveAddress(address('school-b', 'oid-2', 'Elsewhere'));
    expect(await store().address('school-a', 'oid-1')).toMatchObject({ name: 'New name', conversationId: 'a:1' });
    expect((await store().addresses('school-a')).map((a) => a.oid)).toEqual(['oid-1']);
    expect(await store().address('school-a', 'oid-2')).toBeUndefined();
  });

  it('lets a delivery be claimed once; a stale replace is refused', async () => {
    const d = delivery('school-a', 'c-1', 'oid-1');
    expect(await store().claimDelivery(d)).toBe(true);
    expect(await store().claimDelivery(d)).toBe(false);
    const read = (await store().delivery('school-a', d.id))!;
    await store().saveDelivery({ ...d, state: 'failed' }, read.etag);
    await expect(store().saveDelivery({ ...d, state: 'pending' }, read.etag)).rejects.toMatchObject({ code: 'version_conflict' });
    expect((await store().deliveriesFor('school-a', 'c-1')).map((x) => x.state)).toEqual(['failed']);
    expect(await store().deliveriesFor('school-b', 'c-1')).toEqual([]);
  });

  it('does not mistake another kind of document for an address', async () => {
    await store().claimDelivery({ ...delivery('school-a', 'c-2', 'oid-3'), id: chatAddressId('oid-9') });
    expect(await store().address('school-a', 'oid-9')).toBeUndefined();
  });
});
