import { Body, Controller, Get, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@koers/server-auth';
import { BudgetLinesDto, BudgetListView, BudgetsQuery, BudgetView, CreateBudgetDto, UpdateBudgetDto } from './budgets.dto';
import { BudgetsService } from './budgets.service';

const STAFF = ['administrator', 'coordinator', 'adviser', 'analyst'] as const;
const COORDINATION = ['administrator', 'coordinator'] as const;

/** Budgets per step and per project, the partner's own (and, for the secretariat, every partner's). */
@ApiTags('alliance')
@Controller('alliance')
export class BudgetsController {
  constructor(private readonly budgets: BudgetsService) {}

  @Get('budgets')
  @Roles(...STAFF)
  @ApiOperation({ summary: "The partner's budgets (the secretariat: every partner's) with planned and actual totals" })
  @ApiOkResponse({ type: BudgetListView })
  list(@Query() q: BudgetsQuery) {
    return this.budgets.list(q);
  }

  @Post('budgets')
  @Roles(...COORDINATION)
  @ApiOperation({ summary: 'A budget for a step over a period, for one group of a step, or for a pilot project' })
  @ApiCreatedResponse({ type: BudgetView })
  create(@Body() body: CreateBudgetDto) {
    return this.budgets.create(body);
  }

  @Get('budgets/:id')
  @Roles(...STAFF)
  @ApiOperation({ summary: 'A budget with its income and cost lines, actuals against plan and totals' })
  @ApiOkResponse({ type: BudgetView })
  get(@Param('id') id: string) {
    return this.budgets.get(id);
  }

  @Patch('budgets/:id')
  @Roles(...COORDINATION)
  @ApiOperation({ summary: "Change a budget's title, period or note" })
  @ApiOkResponse({ type: BudgetView })
  update(@Param('id') id: string, @Body() body: UpdateBudgetDto) {
    return this.budgets.update(id, body);
  }

  @Put('budgets/:id/lines')
  @Roles(...COORDINATION)
  @ApiOperation({ summary: "Set a budget's lines: each planned income or cost line with its actual (replaces the earlier lines)" })
  @ApiOkResponse({ type: BudgetView })
  putLines(@Param('id') id: string, @Body() body: BudgetLinesDto) {
    return this.budgets.putLines(id, body);
  }
}
