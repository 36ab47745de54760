import { rotateFieldKey, rotateMasterKey, systemAuditContext } from '@ctip/server';
import { parseOptions, type Command } from '../command';
import { configFrom, println, withServices } from '../server-context';

/** `ctip keys rotate`. */
export const keysRotateCommand: Command = {
  name: ['keys', 'rotate'],
  summary: 'Rotate the field-encryption key (or, with --master, the master key)',
  usage: `Usage: ctip keys rotate [--master]

Without options: creates a new data key for encrypted fields and re-encrypts every encrypted
value with it (safe to re-run if interrupted). With --master: re-wraps every data key under a
new master key. When the master key comes from CTIP_MASTER_KEY, the new key is printed and
must be put in its place before the next start; otherwise the key file in the data directory
is replaced. Back up the new master key: without it, encrypted fields cannot be read.`,
  async run(args, io) {
    const { values } = parseOptions(args, { master: { type: 'boolean' } });
    const config = configFrom(io);
    return withServices(config, async (booted) => {
      if (values.master) {
        const { newMasterKey } = await rotateMasterKey(booted.services, booted.masterKey, config.dataDir, config.masterKey !== null, systemAuditContext('cli:keys-rotate'));
        if (config.masterKey) {
          println(io.stdout, 'Data keys are now wrapped by a new master key. Set CTIP_MASTER_KEY to this value before the next start:');
          println(io.stdout, newMasterKey.toString('base64'));
        } else {
          println(io.stdout, 'Data keys are now wrapped by a new master key (data directory secrets/master.key). Back it up.');
        }
        return 0;
      }
      const result = await rotateFieldKey(booted.services, booted.masterKey, systemAuditContext('cli:keys-rotate'), (done) => io.stderr.write(`\rre-encrypted ${done} values`));
      io.stderr.write('\n');
      println(io.stdout, `Field key version ${result.version} is in use; ${result.reencrypted} values were re-encrypted.`);
      return 0;
    });
  },
};
