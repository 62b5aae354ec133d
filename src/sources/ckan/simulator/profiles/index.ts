import { cityProfile } from './city.js';
import { federalProfile } from './federal.js';
import type { Profile, ProfileName } from './profile.js';
import { quebecProfile } from './quebec.js';

export const PROFILES: Readonly<Record<ProfileName, Profile>> = {
  federal: federalProfile,
  quebec: quebecProfile,
  city: cityProfile,
};

export { PROFILE_NAMES, STREAM, type Draft, type Profile, type ProfileName } from './profile.js';
