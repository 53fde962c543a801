import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import { Roles } from '@koers/server-auth';
import { ActionItemView, ActionPlanView, CreateActionItemDto, PutVisionDto, UpdateActionItemDto } from './action-plan.dto';
import { ActionPlanService } from './action-plan.service';

/** Who may write the plan and the vision: the participant itself (row-level security keeps it to its own) and the staff who help it. */
const WRITE = ['administrator', 'coordinator', 'adviser', 'participant'] as const;

@ApiTags('koploper')
@Controller('koploper')
export class ActionPlanController {
  constructor(private readonly plans: ActionPlanService) {}

  /** The DuOn-agenda with progress totals and the MVO-visie. */
  @Get('participants/:pid/action-plan')
  @ApiOperation({ summary: "A participant's action plan (DuOn-agenda) and MVO-visie with progress" })
  @ApiOkResponse({ type: ActionPlanView })
  get(@Param('pid') pid: string) {
    return this.plans.get(pid);
  }

  @Post('participants/:pid/action-plan/items')
  @ApiOperation({ summary: "Add a measure to a participant's action plan" })
  @Roles(...WRITE)
  @ApiCreatedResponse({ type: ActionItemView })
  add(@Param('pid') pid: string, @Body() body: CreateActionItemDto) {
    return this.plans.addItem(pid, body);
  }

  @Patch('action-plan-items/:id')
  @ApiOperation({ summary: 'Change an action plan item' })
  @Roles(...WRITE)
  @ApiOkResponse({ type: ActionItemView })
  update(@Param('id') id: string, @Body() body: UpdateActionItemDto) {
    return this.plans.updateItem(id, body);
  }

  @Delete('action-plan-items/:id')
  @ApiOperation({ summary: 'Delete an action plan item' })
  @Roles(...WRITE)
  @HttpCode(204)
  @ApiNoContentResponse()
  async remove(@Param('id') id: string): Promise<void> {
    await this.plans.removeItem(id);
  }

  /** The MVO-visie (max 5000 characters); answers the whole plan. */
  @Put('participants/:pid/vision')
  @ApiOperation({ summary: "Write a participant's MVO-visie" })
  @Roles(...WRITE)
  @ApiOkResponse({ type: ActionPlanView })
  vision(@Param('pid') pid: string, @Body() body: PutVisionDto) {
    return this.plans.putVision(pid, body.text);
  }
}
