#!/usr/bin/env bash
# Keeps Kafka's and PostgreSQL's volumes when their claims are deleted: sets the reclaim policy of every
# PersistentVolume bound to them to Retain (README.md, "Kafka history"). A dynamically provisioned volume takes
# its StorageClass's policy, usually Delete: deleting the Kafka resource or a database cluster by mistake, or a
# restore under the same name, would then erase the disks with it. Run it after install and after anything that
# adds volumes (a Kafka node, a database instance); install.sh and upgrade.sh do.
#
#   scripts/retain-volumes.sh
#
# A retained volume outlives its claim: delete it by hand (kubectl delete pv <name>) once it is certainly unneeded.
source "$(dirname "$0")/lib.sh"

volumes=$(
  kc get pvc -l strimzi.io/cluster=dvk-kafka -o 'jsonpath={range .items[*]}{.spec.volumeName}{"\n"}{end}'
  kc get pvc -l cnpg.io/cluster -o 'jsonpath={range .items[*]}{.spec.volumeName}{"\n"}{end}'
)
count=0
for volume in $volumes; do
  "$KUBECTL" patch pv "$volume" -p '{"spec":{"persistentVolumeReclaimPolicy":"Retain"}}'
  count=$((count + 1))
done
log "$count volumes retained"
