import { Module } from '@nestjs/common';
import { CalculationsModule } from '@koers/server-calculations';
import { EducationController, PublicEducationController } from './education.controller';
import { EducationService } from './education.service';

/**
 * The alliance's education line (docs/alliance.md): a school partner's students
 * do the MVO scan (the ISO 26000 calculator) at their internship companies.
 */
@Module({
  imports: [CalculationsModule],
  controllers: [EducationController, PublicEducationController],
  providers: [EducationService],
})
export class EducationModule {}
