import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Roles } from '@koers/server-auth';
import { CalculationsService } from './calculations.service';
import { ListCalculationsQuery, RecomputeDto, SubmitCalculationDto } from './dto';

@ApiTags('calculations')
@Controller()
export class CalculationsController {
  constructor(private readonly calculations: CalculationsService) {}

  @Get('calculators')
  calculators() {
    return this.calculations.calculators();
  }

  /** Stores activity data or scan answers and enqueues the calculation (202: the worker computes it). */
  @Post('organisations/:id/calculations')
  @Roles('administrator', 'coordinator', 'adviser', 'participant')
  @HttpCode(202)
  submit(@Param('id') id: string, @Body() body: SubmitCalculationDto) {
    return this.calculations.submit(id, body.pluginId, body.year, body.input);
  }

  @Get('organisations/:id/calculations')
  list(@Param('id') id: string, @Query() q: ListCalculationsQuery) {
    return this.calculations.list(id, q.pluginId, q.year);
  }

  @Get('calculations/:id')
  get(@Param('id') id: string) {
    return this.calculations.get(id);
  }

  @Post('calculations/recompute')
  @Roles('administrator', 'analyst')
  @HttpCode(202)
  recompute(@Body() body: RecomputeDto) {
    return this.calculations.recompute(body.pluginId);
  }

  @Get('calculations/recompute/:bulkId')
  @Roles('administrator', 'analyst')
  progress(@Param('bulkId') bulkId: string) {
    return this.calculations.progress(bulkId);
  }
}
