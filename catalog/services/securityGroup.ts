import { defineService, type CfnResource } from '../../shared/service/types';
import { getAtt, loc, num, str } from '../helpers';
import { CIDR_PATTERN, vpcId } from '../network';

/** Security group: a stateful firewall on network interfaces (free). */
export const securityGroup = defineService({
  id: 'securityGroup',
  name: loc('Security group', 'Groupe de sécurité'),
  description: loc(
    'Stateful firewall rules for instances, tasks, functions and databases in a VPC; free.',
    'Règles de pare-feu avec état pour les ressources d’un VPC ; gratuit.',
  ),
  aliases: ['firewall', 'sg', 'security group', 'pare-feu', 'groupe de sécurité', 'règles réseau'],
  category: 'networking',
  icon: 'resource/Firewall.svg',
  config: {
    ingressPort: {
      type: 'number',
      label: loc('Allowed inbound port', 'Port entrant autorisé'),
      default: 443,
      min: 0,
      max: 65535,
      integer: true,
    },
    ingressCidr: {
      type: 'string',
      label: loc('Allowed source CIDR', 'CIDR source autorisé'),
      default: '10.0.0.0/16',
      pattern: CIDR_PATTERN,
    },
  },
  meters: [],
  usage: () => ({ quantities: {} }),
  cloudformation: {
    types: ['AWS::EC2::SecurityGroup'],
    resources: (ctx): Record<string, CfnResource> => ({
      [ctx.nodeId]: {
        Type: 'AWS::EC2::SecurityGroup',
        Properties: {
          GroupDescription: `Security group ${ctx.nodeId}`,
          VpcId: vpcId(ctx),
          SecurityGroupIngress: [
            {
              IpProtocol: 'tcp',
              FromPort: num(ctx.config, 'ingressPort', 443),
              ToPort: num(ctx.config, 'ingressPort', 443),
              CidrIp: str(ctx.config, 'ingressCidr', '10.0.0.0/16'),
            },
          ],
        },
      },
    }),
    reference: (id) => getAtt(id, 'GroupId'),
  },
  connections: [],
});
