import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@koers/server-config';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source';
import { Db } from './db';

/** Provides the DataSource and the tenancy-enforcing Db to every module. */
@Global()
@Module({
  providers: [
    {
      provide: DataSource,
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig) => {
        const ds = new DataSource(dataSourceOptions(config.DATABASE_URL, { extra: { max: config.DATABASE_POOL_SIZE, connectionTimeoutMillis: config.DATABASE_POOL_TIMEOUT_MS } }));
        return ds.initialize();
      },
    },
    { provide: Db, inject: [DataSource], useFactory: (ds: DataSource) => new Db(ds) },
  ],
  exports: [DataSource, Db],
})
export class DbModule implements OnApplicationShutdown {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}
  async onApplicationShutdown() {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
