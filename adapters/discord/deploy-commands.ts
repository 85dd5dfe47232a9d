/** `npm run discord:deploy`: registers the commands for DISCORD_GUILD_ID when set, otherwise globally. */
import 'dotenv/config';
import { ConfigError, readConfig } from '../config.ts';
import { deployCommands, describeDeployError } from './deploy.ts';
import { errorMessage } from '../../src/errorMessage.ts';

try {
  const config = readConfig();
  if (!config.DISCORD_TOKEN || !config.DISCORD_APPLICATION_ID) throw new ConfigError(['DISCORD_TOKEN and DISCORD_APPLICATION_ID are required to register commands']);
  const { scope, count } = await deployCommands({
    token: config.DISCORD_TOKEN,
    applicationId: config.DISCORD_APPLICATION_ID,
    guildId: config.DISCORD_GUILD_ID,
    apiUrl: config.DISCORD_API_URL,
  });
  console.log(scope === 'guild' ? `Registered ${count} commands in guild ${config.DISCORD_GUILD_ID}.` : `Registered ${count} commands globally (they can take up to an hour to appear).`);
} catch (err) {
  console.error(err instanceof ConfigError ? errorMessage(err) : `Registering the commands failed: ${describeDeployError(err)}`);
  process.exitCode = 1;
}
