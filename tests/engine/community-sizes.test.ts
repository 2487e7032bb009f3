import { describe, expect, it } from 'vitest';
import { communitySizes } from '../../src/engine/community-sizes';
import { communitySizes as profileCommunitySizes } from '../../src/domain/profile';

describe('community sizes', () => {
  it('are the same in the engine as in the organization profile', () => {
    expect([...communitySizes]).toEqual([...profileCommunitySizes]);
  });
});
