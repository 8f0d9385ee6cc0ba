import { describe, expect, it } from 'vitest';

import { ZSubscriptionTokenSchema } from '@/lib/validation/subscriptions';

import {
  CONFIRM_LINK_SECONDS,
  signSubscriptionToken,
  verifySubscriptionToken,
} from './subscription-token';

const claims = { subscriberId: 'cm0subscriber0000000000001', version: 3 };

describe('subscription link tokens', () => {
  it('verify for their own purpose only, with the claims they were made with', () => {
    const token = signSubscriptionToken({ ...claims, purpose: 'manage' });
    expect(ZSubscriptionTokenSchema.safeParse(token).success).toBe(true);
    expect(verifySubscriptionToken(token, 'manage')).toEqual({ ...claims, purpose: 'manage' });
    expect(verifySubscriptionToken(token, 'unsubscribe')).toBeNull();
    expect(verifySubscriptionToken(token, 'confirm')).toBeNull();
  });

  it('are refused when any character of the payload or signature changes', () => {
    const token = signSubscriptionToken({ ...claims, purpose: 'unsubscribe' });
    const [payload, signature] = token.split('.') as [string, string];
    const flip = (text: string, at: number) =>
      `${text.slice(0, at)}${text[at] === 'A' ? 'B' : 'A'}${text.slice(at + 1)}`;
    for (let at = 0; at < payload.length; at += 1) {
      expect(
        verifySubscriptionToken(`${flip(payload, at)}.${signature}`, 'unsubscribe'),
      ).toBeNull();
    }
    expect(verifySubscriptionToken(`${payload}.${flip(signature, 5)}`, 'unsubscribe')).toBeNull();
    expect(verifySubscriptionToken(`${payload}.${signature}.x`, 'unsubscribe')).toBeNull();
    expect(verifySubscriptionToken(payload, 'unsubscribe')).toBeNull();
  });

  it('cannot be made for another subscriber by editing the payload', () => {
    const token = signSubscriptionToken({ ...claims, purpose: 'manage' });
    const signature = token.split('.')[1];
    const forged = Buffer.from(`m|someone-else|3|0`).toString('base64url');
    expect(verifySubscriptionToken(`${forged}.${signature}`, 'manage')).toBeNull();
  });

  it('expire after 3 days for confirmations, and never for the other links', () => {
    const issued = new Date('2030-01-01T00:00:00Z');
    const confirm = signSubscriptionToken({ ...claims, purpose: 'confirm' }, issued);
    const manage = signSubscriptionToken({ ...claims, purpose: 'manage' }, issued);
    const justBefore = new Date(issued.getTime() + CONFIRM_LINK_SECONDS * 1000 - 1000);
    const after = new Date(issued.getTime() + CONFIRM_LINK_SECONDS * 1000 + 1000);
    expect(verifySubscriptionToken(confirm, 'confirm', justBefore)).not.toBeNull();
    expect(verifySubscriptionToken(confirm, 'confirm', after)).toBeNull();
    expect(
      verifySubscriptionToken(manage, 'manage', new Date('2040-01-01T00:00:00Z')),
    ).not.toBeNull();
  });
});
