import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@koers/server-auth';
import { EnqueuesJobs } from '@koers/server-queue';
import { CalculationsService } from './calculations.service';
import { ListCalculationsQuery, RecomputeDto, SubmitCalculationDto } from './dto';

@ApiTags('calculations')
@Controller()
export class CalculationsController {
  constructor(private readonly calculations: CalculationsService) {}

  @Get('calculators')
  @ApiOperation({ summary: 'List the calculators (built-in and plugins) with their versions' })
  calculators() {
    return this.calculations.calculators();
  }

  /** Stores activity data or scan answers and enqueues the calculation (202: the worker computes it). */
  @Post('organisations/:id/calculations')
  @Roles('administrator', 'coordinator', 'adviser', 'participant')
  @HttpCode(202)
  @EnqueuesJobs()
  @ApiOperation({ summary: "Store an organisation's calculation input and have the worker compute it" })
  submit(@Param('id') id: string, @Body() body: SubmitCalculationDto) {
    return this.calculations.submit(id, body.pluginId, body.year, body.input);
  }

  @Get('organisations/:id/calculations')
  @ApiOperation({ summary: "List an organisation's calculation results, by calculator and year" })
  list(@Param('id') id: string, @Query() q: ListCalculationsQuery) {
    return this.calculations.list(id, q.pluginId, q.year);
  }

  @Get('calculations/:id')
  @ApiOperation({ summary: 'Show one calculation result with its provenance' })
  get(@Param('id') id: string) {
    return this.calculations.get(id);
  }

  @Post('calculations/recompute')
  @Roles('administrator', 'analyst')
  @HttpCode(202)
  @EnqueuesJobs()
  @ApiOperation({ summary: "Recompute this partner's inputs of one calculator with its newest version" })
  recompute(@Body() body: RecomputeDto) {
    return this.calculations.recompute(body.pluginId);
  }

  @Get('calculations/recompute/:bulkId')
  @Roles('administrator', 'analyst')
  @ApiOperation({ summary: 'Show the progress of a bulk recompute' })
  progress(@Param('bulkId') bulkId: string) {
    return this.calculations.progress(bulkId);
  }
}
