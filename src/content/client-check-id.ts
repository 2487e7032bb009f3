// The client skills check's questionnaire id, apart from its catalog so screens can name it without
// loading the catalog.
export const CLIENT_CHECK_ID = 'newcomer-digital-skills';
