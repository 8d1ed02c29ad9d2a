// The other youth communities (club, sport, association) the board's people take part in: a
// layer the team can switch on, to see whose pull could be strengthened. Read on demand: each
// person's participations is an audited read, so it is not part of opening the board.
import { useEffect, useState } from 'react';
import { query } from '../api/client.js';
import { op } from '../api/documents.js';
import type { BoardCommunitiesQuery, BoardCommunitiesQueryVariables, CommunityKind } from '../generated/graphql.js';

const COMMUNITIES = op<BoardCommunitiesQuery, BoardCommunitiesQueryVariables>('BoardCommunities');

export interface CommunityLayer {
  communities: { id: string; name: string; kind: CommunityKind }[];
  participations: { id: string; personId: string; communityId: string; strength: number }[];
}

export function layerFrom(data: BoardCommunitiesQuery): CommunityLayer {
  const communities = new Map<string, CommunityLayer['communities'][number]>();
  const participations: CommunityLayer['participations'] = [];
  for (const p of data.board?.people ?? []) {
    for (const part of p.participations) {
      communities.set(part.community.id, { id: part.community.id, name: part.community.name, kind: part.community.kind });
      participations.push({ id: part.id, personId: p.id, communityId: part.community.id, strength: part.strength });
    }
  }
  return { communities: [...communities.values()].sort((a, b) => a.name.localeCompare(b.name)), participations };
}

/** The layer while `on` (reloaded when the board's people change), else null. */
export function useCommunityLayer(boardId: string, on: boolean, peopleKey: string, onError: (err: unknown) => void): CommunityLayer | null {
  const [layer, setLayer] = useState<CommunityLayer | null>(null);
  useEffect(() => {
    if (!on) {
      setLayer(null);
      return;
    }
    let live = true;
    query(COMMUNITIES, { id: boardId }).then(
      (r) => live && setLayer(layerFrom(r)),
      (err) => live && onError(err),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [boardId, on, peopleKey]);
  return layer;
}
