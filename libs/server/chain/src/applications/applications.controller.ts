import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@koers/server-auth';
import { ApplicationListView, ApplicationQuery, ApplicationView, CreateApplicationDto, DeclineApplicationDto } from './applications.dto';
import { ChainApplicationsService } from './applications.service';

const COORDINATION = ['administrator', 'coordinator'] as const;

/**
 * Joint applications of a chain of companies: one company applies naming the
 * others (or a coordinator on its behalf). Accepting one is starting a chain
 * project from it (POST /api/chain/projects with applicationId).
 */
@ApiTags('chain')
@Controller('chain')
export class ChainApplicationsController {
  constructor(private readonly applications: ChainApplicationsService) {}

  @Get('applications')
  @ApiOperation({ summary: 'Joint applications, newest first: staff see those of the partner, a company its own' })
  @ApiOkResponse({ type: ApplicationListView })
  list(@Query() q: ApplicationQuery) {
    return this.applications.list(q);
  }

  @Post('applications')
  @Roles(...COORDINATION, 'participant')
  @ApiOperation({ summary: 'Apply as a chain: one company names the other companies of its chain and their roles (a coordinator names the applying organisation)' })
  @ApiCreatedResponse({ type: ApplicationView })
  create(@Body() body: CreateApplicationDto) {
    return this.applications.create(body);
  }

  @Post('applications/:id/decline')
  @Roles(...COORDINATION)
  @HttpCode(200)
  @ApiOperation({ summary: 'Decline a submitted joint application, with the reason' })
  @ApiOkResponse({ type: ApplicationView })
  decline(@Param('id') id: string, @Body() body: DeclineApplicationDto) {
    return this.applications.decline(id, body);
  }
}
