/** The sustainability profile (duurzaamheidsprofiel): what the module registers and what the participant's track overview uses. */
export { ProfilesController } from './profiles.controller';
export { ProfilesService } from './profiles.service';
export { ProfileSummaryView as ProfileSummary, ProfileView as Profile } from './profiles.dto';
