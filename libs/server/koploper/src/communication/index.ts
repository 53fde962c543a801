/** The communicatieopdracht, the Koploperprijs and the certificate of participation: what the module registers and what the track overview uses. */
export { CommunicationController, PrizeController } from './communication.controller';
export { CommunicationService } from './communication.service';
export { PrizeService } from './prize.service';
export { PRIZE_CRITERIA } from './criteria';
export { PrizeView as Prize, SubmissionView as Submission } from './communication.dto';
