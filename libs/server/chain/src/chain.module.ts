import { Module } from '@nestjs/common';
import { CalculationsModule } from '@koers/server-calculations';
import { FilesModule } from '@koers/server-files';
import { ProgrammeModule } from '@koers/server-programme';
import { BusinessCasesController } from './business-cases/business-cases.controller';
import { BusinessCasesService } from './business-cases/business-cases.service';
import { ChainCalculations } from './chain-calculations';
import { FlowMapsController } from './flow-maps/flow-maps.controller';
import { FlowMapsService } from './flow-maps/flow-maps.service';
import { ChainApplicationsController } from './applications/applications.controller';
import { ChainApplicationsService } from './applications/applications.service';
import { ChainProjectsController } from './projects/projects.controller';
import { ChainProjectsService } from './projects/projects.service';
import { SectorProgrammesController } from './sector/sector-programmes.controller';
import { SectorProgrammesService } from './sector/sector-programmes.service';
import { ChainStepHooks } from './step-hooks';

/**
 * Step 3, the chain projects, on the programme core (groups, enrolments as lead
 * and chain partners, specialists as staff, sessions with attendance, decisions
 * and actions, invitations and files are the core's). Material-flow maps and
 * business cases feed the calculators circularity.cti and chain.impact; sector
 * programmes bundle chain groups per theme between two work conferences.
 */
@Module({
  imports: [ProgrammeModule, FilesModule, CalculationsModule],
  controllers: [ChainProjectsController, FlowMapsController, BusinessCasesController, SectorProgrammesController, ChainApplicationsController],
  providers: [ChainStepHooks, ChainCalculations, ChainProjectsService, FlowMapsService, BusinessCasesService, SectorProgrammesService, ChainApplicationsService],
  exports: [ChainProjectsService],
})
export class ChainModule {}
