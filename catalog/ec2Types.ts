/** EC2 instance types offered by the compute services (vCPU and memory from the EC2 docs). */
import type { InstanceType } from './helpers';
import { instanceMeters } from './helpers';

export const ec2Types: readonly InstanceType[] = [
  { value: 't3.micro', vcpu: 2, memoryGiB: 1 },
  { value: 't3.small', vcpu: 2, memoryGiB: 2 },
  { value: 't3.medium', vcpu: 2, memoryGiB: 4 },
  { value: 'm5.large', vcpu: 2, memoryGiB: 8 },
  { value: 'm5.xlarge', vcpu: 4, memoryGiB: 16 },
  { value: 'm7g.xlarge', vcpu: 4, memoryGiB: 16 },
  { value: 'c5.large', vcpu: 2, memoryGiB: 4 },
  { value: 'c5.xlarge', vcpu: 4, memoryGiB: 8 },
  { value: 'r5.large', vcpu: 2, memoryGiB: 16 },
];

/** Graviton (Arm) types need the arm64 image. */
export const isArm = (type: string): boolean => /^[a-z]\dg/.test(type);

export const ec2Meters = instanceMeters(
  'ec2.linux',
  ec2Types,
  'EC2 Linux on-demand',
  'EC2 Linux à la demande',
);

/** Latest Amazon Linux 2023 image, resolved by CloudFormation from the public SSM parameter. */
export const amiParameter = (arm: boolean) => ({
  Type: 'AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>',
  Default: `/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-${arm ? 'arm64' : 'x86_64'}`,
  Description: 'Amazon Linux 2023 image id',
});
