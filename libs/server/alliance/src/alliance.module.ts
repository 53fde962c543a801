import { Module } from '@nestjs/common';
import { AllianceAccess } from './access';
import { BudgetsController } from './budgets/budgets.controller';
import { BudgetsService } from './budgets/budgets.service';
import { LinesController } from './lines/lines.controller';
import { PilotsService } from './lines/pilots.service';
import { PartnersController } from './partners/partners.controller';
import { PartnersService } from './partners/partners.service';
import { PlatformsController } from './platforms/platforms.controller';
import { PlatformsService } from './platforms/platforms.service';

/**
 * The alliance (MVO-Alliantie) its partners share: partners and their
 * contracts, the regional CSR platforms, the programme lines with their pilots,
 * and budgets per step and project (docs/alliance.md).
 */
@Module({
  controllers: [PartnersController, PlatformsController, LinesController, BudgetsController],
  providers: [AllianceAccess, PartnersService, PlatformsService, PilotsService, BudgetsService],
  exports: [AllianceAccess],
})
export class AllianceModule {}
