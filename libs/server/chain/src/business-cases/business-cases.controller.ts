import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@koers/server-auth';
import { BusinessCaseDto, BusinessCaseListView, BusinessCaseView } from './business-cases.dto';
import { BusinessCasesService } from './business-cases.service';

const WRITE = ['administrator', 'coordinator', 'adviser'] as const;

/** Business cases of chain projects, per redesign option. */
@ApiTags('chain')
@Controller('chain')
export class BusinessCasesController {
  constructor(private readonly cases: BusinessCasesService) {}

  @Get('projects/:id/business-cases')
  @ApiOperation({ summary: "A chain project's business-case options with payback and net present value per chain partner and in total" })
  @ApiOkResponse({ type: BusinessCaseListView })
  list(@Param('id') id: string) {
    return this.cases.list(id);
  }

  @Post('projects/:id/business-cases')
  @Roles(...WRITE)
  @ApiOperation({ summary: 'Add a redesign option with each chain partner\'s investment, yearly savings, extra revenue and fte' })
  @ApiCreatedResponse({ type: BusinessCaseView })
  create(@Param('id') id: string, @Body() body: BusinessCaseDto) {
    return this.cases.create(id, body);
  }

  @Put('business-cases/:id')
  @Roles(...WRITE)
  @ApiOperation({ summary: 'Replace a business-case option and its lines' })
  @ApiOkResponse({ type: BusinessCaseView })
  replace(@Param('id') id: string, @Body() body: BusinessCaseDto) {
    return this.cases.replace(id, body);
  }

  @Post('business-cases/:id/choose')
  @Roles(...WRITE)
  @HttpCode(200)
  @ApiOperation({ summary: 'Choose the option the project goes on with; its impact (chain.impact) is computed' })
  @ApiOkResponse({ type: BusinessCaseView })
  choose(@Param('id') id: string) {
    return this.cases.choose(id);
  }

  @Delete('business-cases/:id')
  @Roles(...WRITE)
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a business-case option' })
  @ApiNoContentResponse()
  async remove(@Param('id') id: string) {
    await this.cases.remove(id);
  }
}
