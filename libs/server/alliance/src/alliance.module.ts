import { Module } from '@nestjs/common';
import { MailService } from '@koers/server-auth';
import { AllianceAccess } from './access';
import { ApplicationMailHandler } from './applications/application-mail.handler';
import { ApplicationThrottle } from './applications/application-throttle';
import { ApplicationsService } from './applications/applications.service';
import { BudgetsController } from './budgets/budgets.controller';
import { BudgetsService } from './budgets/budgets.service';
import { KnowledgeController, PublicAllianceController } from './knowledge/knowledge.controller';
import { KnowledgeService } from './knowledge/knowledge.service';
import { LinesController } from './lines/lines.controller';
import { PilotsService } from './lines/pilots.service';
import { PartnersController } from './partners/partners.controller';
import { PartnersService } from './partners/partners.service';
import { PlatformsController } from './platforms/platforms.controller';
import { PlatformsService } from './platforms/platforms.service';

/**
 * The alliance (MVO-Alliantie) its partners share: partners and their
 * contracts, the regional CSR platforms with their knowledge space and
 * showcase, the programme lines with their pilots, budgets per step and
 * project, and the public application to join (docs/alliance.md).
 */
@Module({
  controllers: [PartnersController, PlatformsController, LinesController, BudgetsController, KnowledgeController, PublicAllianceController],
  providers: [AllianceAccess, PartnersService, PlatformsService, PilotsService, BudgetsService, KnowledgeService, ApplicationsService, ApplicationThrottle],
  exports: [AllianceAccess],
})
export class AllianceModule {}

/** Worker side: the mail of an application's outcome. */
@Module({ providers: [MailService, ApplicationMailHandler] })
export class AllianceWorkerModule {}
