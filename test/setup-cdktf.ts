import { Testing } from 'cdktf';

// cdktf's jest matchers: toHaveResource, toHaveResourceWithProperties, toBeValidTerraform…
Testing.setupJest();
