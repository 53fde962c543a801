export * from './organisations.module';
export * from './organisations.service';
export * from './dto';
