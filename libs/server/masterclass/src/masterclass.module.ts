import { Module } from '@nestjs/common';
import { FilesModule } from '@koers/server-files';
import { ProgrammeModule } from '@koers/server-programme';
import { MasterclassesController } from './masterclasses/masterclasses.controller';
import { MasterclassesService } from './masterclasses/masterclasses.service';
import { ScanCandidates } from './masterclasses/scan-candidates';
import { ScanModule } from './scan/scan.module';
import { MasterclassStepHooks } from './step-hooks';

/**
 * Step 2, the CE-masterclasses, on the programme core (groups, enrolments,
 * speakers as staff, sessions and attendance, invitations and files are the
 * core's). The region scan finds the candidates; a masterclass's outcomes and
 * decision lead to chain-project proposals for step 3.
 */
@Module({
  imports: [ProgrammeModule, FilesModule, ScanModule],
  controllers: [MasterclassesController],
  providers: [MasterclassStepHooks, MasterclassesService, ScanCandidates],
})
export class MasterclassModule {}
