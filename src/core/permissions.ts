// Who may do what: the roles a token (and a web session opened with one) carries, and the actions
// each role may take. Below the faces so that the API and the web pages apply one policy.
export type TokenRole = 'admin' | 'editor';
export const TOKEN_ROLES: readonly TokenRole[] = ['admin', 'editor'];

export type Action = 'startHarvest' | 'editSource' | 'editCommunity';

const ALLOWED: Record<Action, readonly TokenRole[]> = {
  startHarvest: ['admin', 'editor'],
  editSource: ['admin'],
  editCommunity: ['admin', 'editor'],
};

const ACTION_LABELS: Record<Action, { en: string; fr: string }> = {
  startHarvest: { en: 'start a harvest', fr: 'lancer un moissonnage' },
  editSource: { en: 'add or edit a source', fr: 'ajouter ou modifier une source' },
  editCommunity: { en: 'edit the community tracker', fr: 'modifier le suivi de la communauté' },
};

export function mayDo(role: TokenRole, action: Action): boolean {
  return ALLOWED[action].includes(role);
}

/** The roles allowed to take `action`. */
export function rolesFor(action: Action): readonly TokenRole[] {
  return ALLOWED[action];
}

/** "the role "editor" may not add or edit a source (needs admin)", in both languages. */
export function refusal(role: TokenRole, action: Action): { en: string; fr: string } {
  const label = ACTION_LABELS[action];
  return {
    en: `the role "${role}" may not ${label.en} (needs ${ALLOWED[action].join(' or ')})`,
    fr: `le rôle « ${role} » ne peut pas ${label.fr} (il faut ${ALLOWED[action].join(' ou ')})`,
  };
}
