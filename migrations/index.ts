import * as migration_20261128_184050_initial from './20261128_184050_initial';

export const migrations = [
  {
    up: migration_20261128_184050_initial.up,
    down: migration_20261128_184050_initial.down,
    name: '20261128_184050_initial'
  },
];
