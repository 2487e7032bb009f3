// Kept until the transfer code moves to src/domain's record shapes (it is being reworked meanwhile).
export * from '../domain/answer-record';
export * from '../domain/cycle';
export * from '../domain/profile';
export * from '../domain/response';
export * from '../domain/roadmap-edit';
